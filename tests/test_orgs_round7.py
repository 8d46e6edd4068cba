"""Issue 15, seventh round: how trusts are named ("... Schools Alliance", "... Learning
Community", "... Family of Schools", a UTC's trust), entries of a guide that open with the
name, buildings named after a body, federations and charities that are not academy trusts,
and acronyms defined after a short form or leaving out the place. Texts and names written
for these tests."""

from nlp.components.org_initials import abbreviates
from nlp.components.org_kinds import infer_kind
from nlp_fixtures import kinds_in, orgs_in, trusts_in


# ---- names shaped like trusts -----------------------------------------------------------------
def test_names_that_trusts_take():
    assert infer_kind("Quillhaven Schools Alliance") == "academy_trust"
    assert infer_kind("Dorrow Learning Community") == "academy_trust"
    assert infer_kind("Maplestead Family of Schools") == "academy_trust"
    assert infer_kind("Pelham Fold University Technical College Trust") == "academy_trust"
    # the college itself, its initials, and universities stay what they were
    assert infer_kind("Pelham Fold University Technical College") == "school"
    assert infer_kind("Pelham Fold UTC") == "school"
    assert infer_kind("University of Pelham Fold") == "other"
    assert infer_kind("Quillhaven Sports Alliance") != "academy_trust"
    assert infer_kind("Small Schools Alliance") == "other"  # words describing schools: a campaign


def test_a_family_of_schools_is_taken_whole(nlp):
    text = ("Nursery plan\n\nThe Maplestead Family of Schools, which runs Maplestead Infants and two other schools, "
            "will open a nursery class in April. The trust said places would be free for two-year-olds.")
    found = trusts_in(nlp, text)
    assert "Maplestead Family of Schools" in found
    assert "Schools" not in orgs_in(nlp, text)


def test_a_learning_community_is_not_the_community_union(nlp):
    text = ("IT contract\n\nThe contract also covers two other trusts, Yarrowby Schools and Dorrow Learning Community. "
            "Dorrow Learning Community said its data was safe.")
    o = orgs_in(nlp, text)
    assert "Community" not in o
    assert o["Dorrow Learning Community"]["kind"] == "academy_trust"


# ---- entries of a guide ----------------------------------------------------------------------
def test_a_guide_entry_opening_with_the_name_and_a_count(nlp):
    text = ("Who runs the schools\n\nThese are the trusts in the district, with the number of schools each runs.\n\n"
            "Tolland Collaborative (4): a compact trust, four village primaries under one executive head.\n\n"
            "Kelsey Brook Education (2): a trust formed in 2019 that runs two special schools.")
    found = trusts_in(nlp, text)
    assert {"Tolland Collaborative", "Kelsey Brook Education"} <= found


def test_a_colon_after_a_name_inside_a_sentence_is_no_entry(nlp):
    text = ("Prize night\n\nThe winners were announced by Halvern Collaborative chair Ed Moss, who said: a great "
            "trust deserves a great night.")
    assert "Halvern Collaborative" not in trusts_in(nlp, text)


# ---- buildings named after a body ---------------------------------------------------------------
def test_a_centre_named_after_the_whole_name_of_a_trust_is_a_building(nlp):
    text = ("Training\n\nThe Ormsby Learning Trust runs eight schools. Its staff are trained at the Ormsby Learning "
            "Trust Centre on Mill Lane.")
    o = orgs_in(nlp, text)
    assert "Ormsby Learning Trust Centre" not in o
    assert o["Ormsby Learning Trust"]["kind"] == "academy_trust"


# ---- federations and charities that are not trusts ----------------------------------------------
def test_schools_that_share_a_head_and_are_to_become_academies_are_a_maintained_federation(nlp):
    text = ("Village schools\n\nNether Dunscombe Primary and Dunscombe Green Primary, federated since 2018 as the Dunscombe "
            "Federation with one head teacher between them, will both become academies under Brantwell, the "
            "multi-academy trust from the town.")
    assert "Dunscombe Federation" not in trusts_in(nlp, text)


def test_a_federation_that_runs_academies_stays_a_trust(nlp):
    text = ("Expansion\n\nThe Corran Federation, which runs eleven academies, will take on Lowe Street Primary in "
            "September, its chief executive said.")
    assert "Corran Federation" in trusts_in(nlp, text)


def test_the_next_sentence_calls_it_a_maintained_federation(nlp):
    text = ("Letters\n\nMy daughter attends Brill End Infants, part of the Brill End and Hembury Federation. We are simply a "
            "federation of three maintained infant schools; we are not an academy trust, whatever the rumour says.")
    assert "Brill End and Hembury Federation" not in trusts_in(nlp, text)


def test_a_plain_trust_called_a_charity_of_another_sort(nlp):
    text = ("Not us\n\nThe Orrinby Vale Academy Trust said it had no link with St Haskett's Trust, the town's night "
            "shelter charity, which had received calls from parents.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("St Haskett's Trust") == "other"
    assert kinds.get("Orrinby Vale Academy Trust") == "academy_trust"


def test_a_charity_that_runs_academies_stays_a_trust(nlp):
    text = ("Annual report\n\nThe Tewley Brook Trust, a charity which runs six academies in the valley, reported a "
            "small surplus.")
    assert "Tewley Brook Trust" in trusts_in(nlp, text)


# ---- acronyms ------------------------------------------------------------------------------------
def test_an_acronym_may_leave_out_the_place():
    assert abbreviates("SENT", "Ketterby Special Educational Needs Team")
    assert not abbreviates("CC", "Ketterby County Council")  # two letters are too few to tell


def test_an_acronym_defined_after_a_short_form_of_the_name(nlp):
    text = ("Catholic schools\n\nSt Yarrick of Marsell Catholic Multi-Academy Company runs five schools. St Yarrick of "
            "Marsell, known across the deanery as SYM, said it could take three more. SYM's chair welcomed the plan.")
    o = orgs_in(nlp, text)
    assert "SYM" not in o
    aliases = {a["alias"] for a in o["St Yarrick of Marsell Catholic Multi-Academy Company"]["aliases"]}
    assert {"SYM", "St Yarrick of Marsell"} <= aliases


def test_known_locally_as_defines_an_acronym(nlp):
    text = ("Transport\n\nThe Dunmore Valley Learning Trust, known locally as DVLT, has bought four minibuses. DVLT "
            "said the buses would run from May.")
    o = orgs_in(nlp, text)
    assert "DVLT" not in o
    assert "DVLT" in {a["alias"] for a in o["Dunmore Valley Learning Trust"]["aliases"]}


# ---- names that only the article's subject tells ---------------------------------------------
def test_a_proper_name_and_education_in_an_article_about_trusts(nlp):
    text = ("Land deal\n\nThe academy trust that runs Harrow Lane School will lease the old mill. \"Tinwell Vale "
            "Education wanted it too, but they needed all of it,\" the seller said.")
    assert "Tinwell Vale Education" in trusts_in(nlp, text)


def test_the_same_name_outside_an_article_about_trusts_says_nothing(nlp):
    text = ("Land deal\n\nThe old mill will be leased to a bakery. \"Tinwell Vale Education wanted it too, but they "
            "needed all of it,\" the seller said.")
    assert "Tinwell Vale Education" not in trusts_in(nlp, text)


def test_the_board_of_education_is_not_a_trust_for_its_last_word(nlp):
    text = ("Church schools\n\nThe academy trust needs the consent of the Ormley Diocesan Board of Education before "
            "the school can join.")
    assert "Ormley Diocesan Board of Education" not in trusts_in(nlp, text)


def test_the_collaboratives_academies(nlp):
    text = ("New leader\n\nThe Brisley Collaborative has appointed a chief executive. She is a head at one of the "
            "collaborative's five academies.")
    assert "Brisley Collaborative" in trusts_in(nlp, text)


def test_a_short_form_with_a_place_at_its_end_is_the_body(nlp):
    # the model reads "Kendal" in the short form as a place
    text = ("Catholic schools\n\nOur Lady of Kendal Catholic Multi-Academy Company runs seven schools. Our Lady of "
            "Kendal, known across the county as OLK, said more schools would be welcome.")
    o = orgs_in(nlp, text)
    aliases = {a["alias"] for a in o["Our Lady of Kendal Catholic Multi-Academy Company"]["aliases"]}
    assert {"Our Lady of Kendal", "OLK"} <= aliases
    assert "OLK" not in o


def test_a_bare_possessive_trust_is_a_charity_unless_the_text_shows_schools(nlp):
    assert infer_kind("St Haskett's Trust") == "other"
    assert infer_kind("St Haskett's Learning Trust") == "academy_trust"
    text = ("Merger\n\nSt Elwyn's Trust, which runs four academies in the valley, will merge with a larger trust.")
    assert "St Elwyn's Trust" in trusts_in(nlp, text)


def test_unions_that_are_not_trade_unions():
    assert infer_kind("Tarrowby Credit Union") == "other"
    assert infer_kind("Tarrowby Students' Union") == "other"
    assert infer_kind("Tarrowby Unison") == "union"


def test_a_service_named_for_a_sort_of_learning_is_no_trust(nlp):
    text = ("Courses\n\nThe academy trust will share its building with Hexby Adult Learning, which runs evening "
            "classes for the council.")
    assert "Hexby Adult Learning" not in trusts_in(nlp, text)


# ---- a name opening a paragraph --------------------------------------------------------------------
def test_no_sentence_starts_at_a_paragraphs_second_word(nlp):
    doc = nlp("Trust update\n\nNorthbeck Education, which runs nine academies, has merged with a smaller trust.")
    second = [t for t in doc if t.text == "Education"]
    assert second and not second[0].is_sent_start
    assert "Northbeck Education" in trusts_in(nlp, doc.text)
    assert "Education" not in orgs_in(nlp, doc.text)


def test_a_one_word_sentence_after_a_paragraph_still_ends_there(nlp):
    doc = nlp("Reply\n\nYes. The Dorrow Learning Trust will answer the letter.")
    assert [t.text for t in doc if t.is_sent_start][:3] == ["Reply", "Yes", "The"]


# ---- names after a trust's name ------------------------------------------------------------------
def test_a_court_after_a_trusts_name_is_not_described_as_a_trust(nlp):
    text = ("Court\n\nA former bursar stole £40,000 from the Quenby Vale Academy Trust, Tarrowby Crown Court heard. "
            "The trust's auditors found the losses.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Tarrowby Crown Court") == "government"
    text = text.replace("Tarrowby Crown Court", "Tarrowby Riverside Hall")
    assert "Tarrowby Riverside Hall" not in trusts_in(nlp, text)


def test_the_academy_trust_in_lower_case_before_a_name_still_describes_it(nlp):
    text = ("Merger\n\nParents were told that the academy trust Corvalis would take on the school in May.")
    assert "Corvalis" in trusts_in(nlp, text)


def test_the_academy_trust_board_is_no_name(nlp):
    text = "Plan\n\nThe academy trust, which runs four schools, said the academy trust Board would meet on Friday."
    assert "Board" not in orgs_in(nlp, text)


# ---- look-alikes ----------------------------------------------------------------------------------
def test_a_comma_after_a_schools_name_ends_it(nlp):
    text = ("Reply\n\nThe trust running Hollybrook School, Lanwick Learning, said it would reply to parents.")
    o = orgs_in(nlp, text)
    assert "Hollybrook School" in o and "Hollybrook School, Lanwick Learning" not in o


def test_leisure_cathedral_and_grant_giving_trusts():
    assert infer_kind("Pelby Active Trust") == "other"
    assert infer_kind("Pelby Cathedral Trust") == "other"
    assert infer_kind("Pelby Active Learning Academy Trust") == "academy_trust"


def test_an_educational_trust_that_gives_bursaries(nlp):
    text = ("Help for students\n\nThe Tamsin Fold Educational Trust gives bursaries to sixth formers in the town. The "
            "Tamsin Fold Academy Trust is not connected.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Tamsin Fold Educational Trust") == "other"
    assert kinds.get("Tamsin Fold Academy Trust") == "academy_trust"


def test_a_trust_centre_is_a_building(nlp):
    text = ("Awards night\n\nThe evening was held at the Pryddle Trust Centre, which the Pryddle Moor Community Trust "
            "runs for the town.")
    assert "Pryddle Trust Centre" not in orgs_in(nlp, text)


def test_a_shared_short_form_with_its_count_of_schools_is_the_trust(nlp):
    text = ("Closure news\n\nHelmsby Learning Trust will close. Helmsby Primary will join another trust. Helmsby's "
            "seven other schools have already moved.")
    o = orgs_in(nlp, text)
    assert "Helmsby" in {a["alias"] for a in o["Helmsby Learning Trust"]["aliases"]}


# ---- renamed trusts --------------------------------------------------------------------------------
def test_a_rename_stated_after_a_relative_clause(nlp):
    text = ("New name\n\nThe Orrin Dale Trust, which runs six primaries up the dale, will now be known as Brightfold "
            "Learning Partnership. Brightfold Learning Partnership said parents would see new signs.")
    o = orgs_in(nlp, text)
    names = {n for n in o if "Orrin" in n or "Brightfold" in n}
    assert len(names) == 1


def test_a_former_name_in_brackets_with_until(nlp):
    text = ("Review\n\nIn May, Calverby Learning (the Tansor Academies Trust until 2021) opened a sixth form.")
    o = orgs_in(nlp, text)
    assert "Tansor Academies Trust" not in o
    assert "Tansor Academies Trust" in {a["alias"] for a in o["Calverby Learning"]["aliases"]}


def test_the_trust_which_was_known_until_a_year_as(nlp):
    text = ("Pay\n\nThe chief executive of Mardle Education was paid £200,000 according to its latest accounts. "
            "The trust, which was known until 2020 as the Lisscombe Brook Academies Trust, runs 12 schools.")
    o = orgs_in(nlp, text)
    assert "Lisscombe Brook Academies Trust" not in o


def test_a_short_form_known_as_is_no_rename(nlp):
    text = ("Schools\n\nThe Stanwick Catholic Academy Trust, known as Stanwick, runs nine schools.")
    o = orgs_in(nlp, text)
    assert "Stanwick Catholic Academy Trust" in o


def test_a_list_after_a_colon_introduced_as_trusts(nlp):
    text = ("Bids\n\nThree trusts have bid to run the new school: Quorvane, the Mellow Brook Schools Trust and "
            "Tarlby Learning Partnership. The council will decide in June.")
    assert "Quorvane" in trusts_in(nlp, text)


def test_a_colon_after_other_words_introduces_no_trusts(nlp):
    text = ("Bids\n\nThe council has named its preferred bidders: Quorvane, Hensley and Dorn. It will decide in June.")
    assert "Quorvane" not in trusts_in(nlp, text)
