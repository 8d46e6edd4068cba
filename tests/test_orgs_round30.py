"""Issue 15, thirtieth round: no look-alike counted as a trust, one name per body. A charity's
appositive ends at its comma, a charity named before the name; "the federation" a later
sentence calls maintained; a trust's registered name given through a possessive; a short form
that inspectors grade is the school's; a council named without its status; buildings, pools and
ruins, and a scheme "called" a name, are no bodies. Texts and names written for these tests."""

import pytest
from spacy.tokens import Span

from nlp.components.org_aliases import dropped_word_names
from nlp.components.org_charities import charity_named_before, charity_of_another_sort
from nlp.components.org_denials import the_federation_maintained
from nlp.components.org_kinds import is_document_title
from nlp.components.org_lists import listed_trust_names
from nlp.components.org_short_forms import _trust_words_follow
from nlp_fixtures import aliases_of, kinds_in, orgs_in


def _end_of(doc, name: str) -> tuple[int, int]:
    span = next(e for e in doc.ents if e.text == name)
    return span.start, span.end


# ---- a charity's appositive ends at its comma ---------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The Marrick Trust, a charity that restores canal boats, has asked the academy trust to stop using a similar "
     "logo on its school letters.", "Marrick Trust"),
    ("The Tolland Trust, the charity which runs the town museum, told the academy it would lend two paintings.",
     "Tolland Trust"),
])
def test_what_follows_a_charitys_appositive_is_not_said_of_it(nlp, text, name):
    doc = nlp(text)
    assert charity_of_another_sort(doc, _end_of(doc, name)[1]), text


def test_a_charity_that_runs_academies_after_its_appositive_stays_a_trust(nlp):
    text = "Brookvale Academy Trust runs eight schools. The Tarnside Trust, a charity based in Kendal, runs nine " \
           "academies across Cumbria."
    assert kinds_in(nlp, text).get("Tarnside Trust") == "academy_trust"


@pytest.mark.parametrize("text, name", [
    ("Brookvale Academy Trust runs eight schools. Its after-school festival for pupils was paid for by the county "
     "council and a charity, the Hollin Brook Trust, and will run for three days in the trust's schools.",
     "Hollin Brook Trust"),
    ("Brookvale Academy Trust runs eight schools. Holiday sessions for its pupils are organised with a local "
     "charity, Westerleigh Trust, and the council's youth service.", "Westerleigh Trust"),
])
def test_a_trust_named_after_a_charity_comma_is_the_charity(nlp, text, name):
    doc = nlp(text)
    assert charity_named_before(doc, _end_of(doc, name)[0]), text
    assert kinds_in(nlp, text).get(name) == "other", text


def test_a_trust_named_after_a_charity_comma_that_runs_academies_stays_a_trust(nlp):
    text = "Brookvale Academy Trust runs eight schools. Plans were drawn up by a charity, the Fellmoor Trust, which " \
           "runs three academies in the dale."
    assert kinds_in(nlp, text).get("Fellmoor Trust") == "academy_trust"


# ---- "the federation" a later sentence calls maintained -----------------------------------------
@pytest.mark.parametrize("later", [
    "The federation is still maintained by Hexley County Council, which runs its payroll.",
    "The federation's schools are all council-maintained, and the unions want talks.",
    "The federation is currently run by the local authority.",
])
def test_a_later_sentence_saying_the_federation_is_maintained(nlp, later):
    text = ("Wrenfield Federation to become a trust\n\nThe Wrenfield Federation will become Wrenfield Learning Trust "
            "in April.\n\nBrookvale Academy Trust had offered to take on its schools.\n\n" + later)
    assert the_federation_maintained(nlp(text)), later


def test_the_federation_of_two_named_is_nobodys(nlp):
    text = ("The Wrenfield Federation and the Moorside Federation both bid.\n\nThe federation is still maintained "
            "by Hexley County Council, the council said.")
    assert not the_federation_maintained(nlp(text))


# ---- a trust's registered name given through a possessive ---------------------------------------
@pytest.mark.parametrize("text, short, full", [
    ("Pupils at Oak Lane Primary are taught by Fernhill Education, a trust with nine schools. Its legal name is "
     "Fernhill Education Trust Ltd, according to the register.", "Fernhill Education", "Fernhill Education Trust Ltd"),
    ("Greystone Learning runs Millbeck Academy and four other schools. The trust's company name is Greystone "
     "Learning Trust Limited, records show. Greystone Learning said it would appeal.", "Greystone Learning",
     "Greystone Learning Trust Limited"),
])
def test_a_registered_name_given_through_a_possessive_is_the_same_trust(nlp, text, short, full):
    found = orgs_in(nlp, text)
    assert short in aliases_of(found, full), found.keys()
    assert found[full]["kind"] == "academy_trust"


# ---- a short form inspectors grade is the school's ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Orton Grammar, which has about 700 pupils, was rated good in 2019.",
    "Orton Grammar has not been inspected since 2012.",
    "Orton Grammar was judged outstanding last year.",
])
def test_a_graded_short_form_shows_no_trust(nlp, text):
    assert not _trust_words_follow(nlp(text), 2, 0), text


@pytest.mark.parametrize("text", [
    "Orton Grammar, which has a new chief executive, said it would appeal.",
    "Orton Grammar runs two other schools in the town.",
])
def test_a_short_form_doing_what_trusts_do_is_still_the_trusts(nlp, text):
    assert _trust_words_follow(nlp(text), 2, 0), text


# ---- a council named without its status ------------------------------------------------------
@pytest.mark.parametrize("full, short, same", [
    ("Hexley Metropolitan Borough Council", "Hexley Council", True),
    ("Marsh Vale District Council", "Marsh Vale Council", True),
    ("Hexley Town Council", "Hexley Council", False),
])
def test_a_council_named_without_its_status_is_the_same_council(nlp, full, short, same):
    text = f"{full} has approved the plans for the new bridge. {short} said work would start in May."
    doc = nlp(text)
    ents = [Span(doc, e.start, e.end, label="ORG") for e in doc.ents if e.label_ == "ORG"]  # as first named
    _, found = dropped_word_names(doc, ents)
    assert (found.get(short) == full) is same, found


# ---- buildings, pools, ruins; a scheme "called" a name -------------------------------------------
@pytest.mark.parametrize("words, building", [
    (["Turing", "Building"], True),
    (["Canal", "Street", "Pool"], True),
    (["Marrow", "Abbey"], True),
    (["Save", "Canal", "Street", "Pool"], False),
    (["Marrow", "Abbey", "Trust"], False),
])
def test_a_building_or_a_site_is_no_body(words, building):
    assert is_document_title(words) is building, words


def test_a_company_called_a_name_is_a_body(nlp):
    assert "Orbis Catering Ltd" in orgs_in(nlp, "The company, called Orbis Catering Ltd, won the contract.")


def test_a_building_known_as_a_name_a_few_words_on_is_no_body(nlp):
    text = "The block on Mill Lane, now known as Fairfax House, will house the Orrin Learning Trust's offices."
    assert "Fairfax House" not in orgs_in(nlp, text)


# ---- a colon right after "trusts" introduces a list of them --------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The figures were released by Hexley Council and four academy trusts: Marrow Academy Trust, Brackling, "
     "St Ann's Catholic Academy Trust and Dunmore Multi Academy Trust.", "Brackling"),
    ("Spending was highest at four academy trusts: Orrin Academy Trust, Wendle, Tarn Valley Academy Trust and "
     "Ashby Learning Trust.",
     "Wendle"),
])
def test_a_name_the_model_missed_after_trusts_colon_is_a_trust(nlp, text, name):
    doc = nlp(text)
    ents = [e for e in doc.ents if e.text != name]  # as if the model had left it untagged
    assert name in {e.text for e in listed_trust_names(doc, ents)}, text


# ---- end to end: the look-alikes and the one-name-per-body cases above, in articles ---------------
@pytest.mark.parametrize("text, name", [
    ("The Alder Federation has voted to join Brookvale Academy Trust next year.", "Alder Federation"),
    ("Governors of the Wyke Federation agreed on Monday to join the Orrin Learning Trust.", "Wyke Federation"),
    ("Parents at the Holme Federation will be consulted on whether to join Brookvale Academy Trust.",
     "Holme Federation"),
    ("Ashby Federation considers offer\n\nThe Ashby Federation has been approached by Brookvale Academy Trust, a "
     "multi-academy trust.\n\nParents were told about the plans on Monday.\n\nThe federation is currently run by the "
     "local authority.", "Ashby Federation"),
])
def test_a_federation_joining_a_trust_or_run_by_the_council_is_no_trust(nlp, text, name):
    assert kinds_in(nlp, text).get(name) == "school", text


def test_a_federation_running_academies_that_joins_a_trust_stays_one(nlp):
    text = "The Kestrel Federation, which runs 14 academies, voted to join Orrin Learning Trust."
    assert kinds_in(nlp, text).get("Kestrel Federation") == "academy_trust"


def test_a_school_itself_renamed_on_conversion_is_one_school(nlp):
    text = ("How a small school built a trust\n\nWhen Tolley Park High School became an academy in 2012, it had 600 "
            "pupils and a deficit.\n\nTen years later the trust it set up, Orrin Learning Trust, runs 14 schools "
            "across the county. Orrin, as it is known locally, employs 900 staff.\n\nThe school itself, renamed "
            "Tolley Park Academy when it converted, was rated good last year.")
    assert "Tolley Park High School" in aliases_of(orgs_in(nlp, text), "Tolley Park Academy")


def test_a_council_named_without_its_status_in_an_article(nlp):
    text = ("Bus passes for Hexley pupils cut\n\nFree bus passes for pupils across Hexley will end in July.\n\n"
            "Hexley Metropolitan Borough Council must save £9m next year, and says the passes can no longer be paid "
            "for.\n\nHexley Council says it will offer families a discount instead.")
    assert "Hexley Council" in aliases_of(orgs_in(nlp, text), "Hexley Metropolitan Borough Council")


def test_a_graded_short_form_in_an_article_is_the_schools(nlp):
    text = ("Caretaker wins claim against school trust\n\nA caretaker has won his claim against the trust that runs "
            "Orton Grammar School.\n\nThe tribunal found that Orton Grammar School Academy Trust, which is responsible "
            "only for the school, had failed to consult him.\n\nIn a statement, Orton Grammar School Academy Trust "
            "said it would study the ruling.\n\nOrton Grammar, which has about 700 pupils, was rated good in 2019.")
    found = orgs_in(nlp, text)
    assert "Orton Grammar" in aliases_of(found, "Orton Grammar School")
    assert "Orton Grammar" not in aliases_of(found, "Orton Grammar School Academy Trust")
