"""Issue 15, twenty-ninth round: no look-alike counted as a trust, one name per body. A
federation weighing conversion, a company whose name runs on past "Trust", a charity founded
before academies existed; former names "known as ... until", "began life as", a trading name
"runs its schools as"; libraries, petitions and programmes are no bodies. Texts and names
written for these tests."""

import pytest

from nlp.components.org_kinds import is_document_title
from nlp.components.org_patterns import pattern_orgs
from nlp_fixtures import aliases_of, kinds_in, orgs_in


# ---- a federation weighing conversion is one of maintained schools ---------------------------
@pytest.mark.parametrize("text, name", [
    ("The Hollow Oak Federation, made up of three village infant schools, has voted against converting.",
     "Hollow Oak Federation"),
    ("Governors at the Ashby Lane Federation decided on Tuesday not to convert, despite pressure from the council.",
     "Ashby Lane Federation"),
    ("The Pellow Federation, which covers four small village primaries, says it has no intention to convert this "
     "year.", "Pellow Federation"),
    ("Leaders of the Crane Hill Federation will consult parents on converting next spring.", "Crane Hill Federation"),
])
def test_a_federation_weighing_conversion_is_no_trust(nlp, text, name):
    assert kinds_in(nlp, text).get(name) == "school", text


@pytest.mark.parametrize("text, name", [
    ("The Kestrel Federation, which runs 14 academies across the county, has appointed a new chief executive.",
     "Kestrel Federation"),
    ("The Ormwell Federation converted in 2016 and now runs nine schools.", "Ormwell Federation"),
])
def test_a_federation_running_academies_stays_a_trust(nlp, text, name):
    assert kinds_in(nlp, text).get(name) == "academy_trust", text


# ---- a company's name runs on past "Trust" to its legal ending -------------------------------
def test_a_name_by_its_ending_runs_on_to_a_company_suffix(nlp):
    doc = nlp.make_doc("Payments went to Harvest Trust Catering Ltd and Kellow Academy Cleaning Services Ltd on Friday.")
    for name in ("tok2vec", "tagger", "newswatch_paragraphs", "parser", "newswatch_token_rules"):
        doc = nlp.get_pipe(name)(doc)
    found = {e.text for e in pattern_orgs(doc, [])}
    assert {"Harvest Trust Catering Ltd", "Kellow Academy Cleaning Services Ltd"} <= found
    assert not {"Harvest Trust", "Kellow Academy"} & found


def test_a_trust_named_alone_is_still_a_trust(nlp):
    found = orgs_in(nlp, "Dunmore Academy Trust Estates Limited owns the land. Dunmore Academy Trust runs six schools.")
    assert found["Dunmore Academy Trust"]["kind"] == "academy_trust"
    assert found["Dunmore Academy Trust Estates Limited"]["kind"] == "company"


# ---- a charity founded before academies existed ------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The Haverleigh Schools Trust, set up in 1896 by a Quaker family, pays for music lessons in the town's "
     "primaries.", "Haverleigh Schools Trust"),
    ("Pellbury Educational Trust was established in 1921 and still helps pupils with the cost of university.",
     "Pellbury Educational Trust"),
    ("The Wendover Learning Trust, which was endowed by a wool merchant in 1788, supports reading in local schools.",
     "Wendover Learning Trust"),
    ("The Ashgrove Education Trust, based in the old town hall, awards grants to schools for trips abroad.",
     "Ashgrove Education Trust"),
])
def test_an_old_charity_or_a_grant_giver_is_no_trust(nlp, text, name):
    assert kinds_in(nlp, text).get(name) == "other", text


@pytest.mark.parametrize("text, name", [
    ("Harbour Learning Trust, founded in 2012, runs nine academies in the county.", "Harbour Learning Trust"),
    ("The Kingsley Trust, founded in 1552, now runs three academies in the town.", "Kingsley Trust"),
])
def test_a_trust_founded_since_or_running_academies_stays_one(nlp, text, name):
    assert kinds_in(nlp, text).get(name) == "academy_trust", text


# ---- former names and trading names -------------------------------------------------------------
@pytest.mark.parametrize("text, current, former", [
    ("Brackenly Trust, known as the Wexham Schools Trust until 2019, runs ten academies in the county.",
     "Brackenly Trust", "Wexham Schools Trust"),
    ("Tarnfield, called the Hollin Learning Trust until its 2021 merger, has appointed a new chief executive.",
     "Tarnfield", "Hollin Learning Trust"),
    ("Corvale Schools, which until 2017 was named the Ebbing Learning Trust, runs six primaries.",
     "Corvale Schools", "Ebbing Learning Trust"),
    ("Sorrel began life as the Marden Vale Academy Trust when Marden Vale Academy converted in 2013. Today Sorrel "
     "runs 14 schools.", "Sorrel", "Marden Vale Academy Trust"),
    ("The Ashcombe Diocesan Academies Trust, which runs its schools as Ashcombe Learning, said the merger would go "
     "ahead. Ashcombe Learning will take on two more schools.", "Ashcombe Diocesan Academies Trust",
     "Ashcombe Learning"),
])
def test_a_former_or_trading_name_is_the_bodys_alias(nlp, text, current, former):
    found = orgs_in(nlp, text)
    assert former in aliases_of(found, current), text
    assert former not in found, text


def test_a_brand_that_began_life_as_a_trust_is_a_trust(nlp):
    found = orgs_in(nlp, "Sorrel began life as the Marden Vale Academy Trust when Marden Vale Academy converted in "
                         "2013. Today Sorrel runs 14 schools.")
    assert found["Sorrel"]["kind"] == "academy_trust"


def test_known_as_without_until_is_no_former_name(nlp):
    found = orgs_in(nlp, "Pentland Diocesan Academies Trust, known as PDAT, runs 20 schools.")
    assert "Pentland Diocesan Academies Trust" in found and "PDAT" in aliases_of(found, "Pentland Diocesan Academies "
                                                                                      "Trust")


# ---- libraries, petitions, banners and programmes are no bodies -------------------------------
def test_a_library_is_a_building_and_its_friends_a_body():
    assert is_document_title("Harnley Library".split())
    assert not is_document_title("Friends of Harnley Library".split())


@pytest.mark.parametrize("text, thing", [
    ("More than 900 people have signed a petition called Rescue Marbury Pool since March.", "Rescue Marbury Pool"),
    ("Villagers gathered under the banner Keep Heddon Primary Open outside the council offices on Saturday.",
     "Keep Heddon Primary Open"),
    ("Storytime sessions will move to Harnley Library from June, the council said.", "Harnley Library"),
    # round orgs-30: a scheme "called" a name after the appositive's comma
    ("The pilot, called Bright Start Partnership, will run in six primary schools run by Hexley Council.",
     "Bright Start Partnership"),
    ("Under the plan, a scheme, named Open Doors Network, will be paid for by Hexley Council.", "Open Doors Network"),
])
def test_a_thing_given_a_name_is_no_body(nlp, text, thing):
    assert thing not in orgs_in(nlp, text), text


def test_a_body_after_a_scheme_and_a_comma_stays_a_body(nlp):
    found = orgs_in(nlp, "Under the programme, Ashby Learning Trust, which runs 12 schools, will train 30 teachers.")
    assert "Ashby Learning Trust" in found


# ---- what the text says of a body past its bracketed acronym -----------------------------------
@pytest.mark.parametrize("text, name", [
    ("The Harnham Schools Alliance (HSA), a forum of local heads, meets every term.", "Harnham Schools Alliance"),
    ("The Pelham Educational Trust (PET), founded in 1905, pays for music tuition in the town.",
     "Pelham Educational Trust"),
    ("The Oxhey Education Trust (OET) gives bursaries to sixth formers each year.", "Oxhey Education Trust"),
])
def test_a_description_past_a_bracketed_acronym_still_counts(nlp, text, name):
    assert kinds_in(nlp, text).get(name) == "other", text


def test_a_trust_with_a_bracketed_acronym_stays_a_trust(nlp):
    assert kinds_in(nlp, "Ridley Vale Learning Trust (RVLT), which runs 12 schools, said it was pleased.") \
        .get("Ridley Vale Learning Trust") == "academy_trust"


# ---- a rename told in the words right before the second name ------------------------------------
@pytest.mark.parametrize("text, current, former", [
    ("Harlow Vale Schools, the new name for the Harlow Learning Trust, said the change would save money.",
     "Harlow Vale Schools", "Harlow Learning Trust"),
    ("The Fenby Learning Trust is now called Brightway. Brightway runs eight schools.", "Brightway",
     "Fenby Learning Trust"),
    ("Fenby Learning Trust – now Brightway – runs eight schools in the valley.", "Brightway", "Fenby Learning Trust"),
    ("Brightway, whose old name was the Fenby Learning Trust, runs eight schools.", "Brightway",
     "Fenby Learning Trust"),
    ("Brightway, which was the Fenby Learning Trust until a merger in 2021, runs eight schools.", "Brightway",
     "Fenby Learning Trust"),
    ("Brightway was formerly the Fenby Learning Trust. It runs eight schools.", "Brightway", "Fenby Learning Trust"),
    ("Pupils at Ashby Primary School will join Fenby Learning Trust in May. The trust, renamed Brightway in 2021, "
     "runs eight schools.", "Brightway", "Fenby Learning Trust"),
])
def test_a_rename_cue_before_the_second_name_makes_one_body(nlp, text, current, former):
    found = orgs_in(nlp, text)
    assert former in aliases_of(found, current), text
    assert found[current]["kind"] == "academy_trust", text


@pytest.mark.parametrize("text", [
    "Pupils joined Kestrel Academies Trust last year. Now Ashby Learning Trust wants them back.",
    "Ashby Primary, now run by Kestrel Academies Trust, has 300 pupils.",
    "Pellow Infant School is now Pellow Primary Academy, part of the Kestrel Academies Trust.",
])
def test_now_before_another_body_is_no_rename(nlp, text):
    found = orgs_in(nlp, text)
    assert "Kestrel Academies Trust" in found and not aliases_of(found, "Kestrel Academies Trust"), text


@pytest.mark.parametrize("text, current, former", [
    ("Brightway (previously the Fenby Learning Trust) runs eight schools in the valley.", "Brightway",
     "Fenby Learning Trust"),
    ("Parents were told on Monday. Ravel (formerly Hartside Academy Trust) said the closure was regrettable.", "Ravel",
     "Hartside Academy Trust"),
    ("Who runs our schools\n\nRivermoor Academies – 9 schools. Formerly the Rivermoor Schools Trust.\n\nBrindle "
     "Catholic Academy Trust – 6 schools.", "Rivermoor Academies", "Rivermoor Schools Trust"),
])
def test_a_former_name_in_brackets_or_a_guides_entry_is_the_bodys_alias(nlp, text, current, former):
    found = orgs_in(nlp, text)
    assert former in aliases_of(found, current) and former not in found, text


def test_a_formerly_sentence_names_no_former_name_across_a_paragraph(nlp):
    found = orgs_in(nlp, "Rivermoor Academies runs nine schools.\n\nFormerly the Rivermoor Schools Trust. The "
                         "rest of the entry is missing.")
    assert "Rivermoor Schools Trust" not in aliases_of(found, "Rivermoor Academies")
