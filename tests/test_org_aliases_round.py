"""Issue 15, alias round ("one name per body"): short forms of companies the model read as a
place, a short form shared by a group and its subsidiary, a trust's short form after
"X's current chief executive", after "X, founded in ... by ..., already runs", before "head
office", a name given after "The trust, known as", and a trust's name less its middle words;
with guards: a surname shared with a person, two schools or two foundations whose names differ
by one word, and a school named after its trust. Texts and names written for these tests."""

from nlp_fixtures import names_at, orgs_in


def test_a_company_short_form_read_as_a_place(nlp):
    text = ("Builder collapses\n\nTollworth Construction Ltd, the main contractor, collapsed last month. Unite "
            "said it was helping Tollworth workers chase unpaid wages.")
    assert names_at(nlp, text, "Tollworth", " workers") == ["Tollworth Construction Ltd"]


def test_a_company_short_form_after_a_place_word_stays_the_place(nlp):
    text = ("Builder collapses\n\nGrindlow Construction Ltd went into administration. Families in Grindlow "
            "said the sports hall had been half built for a year.")
    assert names_at(nlp, text, "Grindlow")[1] != "Grindlow Construction Ltd"


def test_a_short_form_shared_by_a_group_and_its_subsidiary_is_the_first_named(nlp):
    text = ("Caterer wins deal\n\nPennant Catering Group plc has won a contract to cook meals in 12 schools. "
            "The work will be done by its subsidiary Pennant Catering Services Ltd from September.\n\n"
            "Pennant said it would cook every meal on site. Kitchen staff will transfer to Pennant.")
    names = names_at(nlp, text, "Pennant")
    assert names[2:] == ["Pennant Catering Group plc"] * 2
    assert "Pennant Catering Services Ltd" in orgs_in(nlp, text)  # still a body of its own


def test_a_one_word_short_form_that_is_a_persons_surname_is_left_alone(nlp):
    text = ("Cleaning contract ends\n\nThe trust has ended its contract with Sallow Estates Services. Site "
            "manager Joan Sallow said staff were worried. Sallow added that she would stay until July.")
    assert names_at(nlp, text, "Sallow")[2] is None


def test_a_trusts_short_form_before_its_current_chief_executive(nlp):
    text = ("Merger agreed\n\nTarnbury Learning Trust runs six schools, including Tarnbury School. The combined "
            "trust will be led by Tarnbury's current chief executive, Ann Hale.")
    assert names_at(nlp, text, "Tarnbury", "'s") == ["Tarnbury Learning Trust"]


def test_a_trusts_short_form_before_a_clause_and_its_verb(nlp):
    # "Wrenfield" is also the start of its school's name: the verb after the clause says trust
    text = ("New school approved\n\nThe Department for Education approved a bid by Wrenfield Schools Trust, "
            "which runs Wrenfield Academy.\n\nWrenfield, founded in 2015 by two head teachers, already runs "
            "four primary schools.")
    assert names_at(nlp, text, "Wrenfield", ",") == ["Wrenfield Schools Trust"]


def test_a_trusts_short_form_before_head_office(nlp):
    text = ("Trusts merge\n\nOstley Academy Trust and Ostley Primary School are both in the town. Staff will "
            "work from the former Ostley head office on Mill Lane.")
    assert names_at(nlp, text, "Ostley", " head") == ["Ostley Academy Trust"]


def test_a_name_after_the_trust_known_as(nlp):
    text = ("Trust to grow\n\nOmbersley Vale Multi-Academy Trust, which grew out of a single secondary, is to "
            "take on two primaries.\n\nThe trust, usually known simply as Ombersley, runs nine schools. "
            "Parents said they trusted Ombersley to keep class sizes small.")
    assert names_at(nlp, text, "Ombersley", ",") == ["Ombersley Vale Multi-Academy Trust"]
    assert names_at(nlp, text, "Ombersley", " to") == ["Ombersley Vale Multi-Academy Trust"]


def test_a_name_after_the_trust_known_as_leaves_the_school_of_that_name(nlp):
    text = ("Trust to grow\n\nAshmere Academy Trust runs Ashmere Academy and three primaries. The trust, known "
            "locally as Ashmere, will take on two more schools.")
    orgs = orgs_in(nlp, text)
    assert "Ashmere Academy" in orgs and orgs["Ashmere Academy"]["kind"] == "school"
    assert names_at(nlp, text, "Ashmere", ",") == ["Ashmere Academy Trust"]


def test_a_trusts_name_less_its_middle_words(nlp):
    text = ("Trust appoints chair\n\nThrelkeld Learning Trust runs eight schools. The Threlkeld Trust chair, "
            "Sam Lowe, said the trust would grow.")
    assert names_at(nlp, text, "Threlkeld Trust") == ["Threlkeld Learning Trust"]


def test_a_headline_name_of_an_nhs_foundation_trust(nlp):
    text = ("Brantwood Foundation Trust clinic opens at school\n\nA clinic run by Brantwood Community Health NHS "
            "Foundation Trust has opened at a primary school.")
    assert names_at(nlp, text, "Brantwood Foundation Trust") == ["Brantwood Community Health NHS Foundation Trust"]


def test_two_foundations_whose_names_differ_by_a_word_stay_apart(nlp):
    text = ("Grants announced\n\nHarlow Vale Foundation, which runs four academies, and the Harlow Vale "
            "Community Foundation, a charity, will share the cost of the new library.")
    orgs = orgs_in(nlp, text)
    assert "Harlow Vale Foundation" in orgs and "Harlow Vale Community Foundation" in orgs


def test_two_schools_whose_names_differ_by_a_word_stay_apart(nlp):
    text = ("New school\n\nHaverby Academy Trust runs Haverby Academy. Its new school, Haverby East Academy, "
            "opens in September.")
    orgs = orgs_in(nlp, text)
    assert "Haverby Academy" in orgs and "Haverby East Academy" in orgs


def test_a_short_form_shared_with_a_company_before_which_runs_schools(nlp):
    text = ("Trust told to cut costs\n\nBrackwater Academies Trust sells cleaning through its company, Brackwater "
            "Services Ltd.\n\nBrackwater, which runs seven schools in the valley, must produce a recovery plan.")
    assert names_at(nlp, text, "Brackwater", ", which") == ["Brackwater Academies Trust"]


def test_a_short_form_shared_with_a_school_before_spokesperson(nlp):
    text = ("Contracts questioned\n\nAccounts show the Fenmoor Partnership, which runs Fenmoor Primary Academy "
            "and three other schools, sought approval for two contracts. A Fenmoor spokesperson said all the "
            "work had been done.")
    assert names_at(nlp, text, "Fenmoor", " spokesperson") == ["Fenmoor Partnership"]


def test_a_headline_short_form_beside_the_trusts_mat_form(nlp):
    text = ("Tribunal rules against Coldby trust\n\nA tribunal found that Coldby Multi-Academy Trust had failed "
            "to follow a fair process when it dismissed a teacher from Coldby Academy. A Coldby MAT spokesperson "
            "said the trust was disappointed.")
    assert names_at(nlp, text, "Coldby", " trust") == ["Coldby Multi-Academy Trust"]


def test_a_schools_name_ending_in_primary_and_its_short_form(nlp):
    text = ("Governors uneasy\n\nThe diocese wants its schools, including St Wilfrid's Catholic Primary in "
            "Hatherby, to join a trust. The chair of governors said: \"St Wilfrid's has done well on its own.\"")
    orgs = orgs_in(nlp, text)
    assert orgs.get("St Wilfrid's Catholic Primary", {}).get("kind") == "school"


def test_a_place_before_and_is_not_joined_to_a_saints_school(nlp):
    text = ("Schools to convert\n\nThe schools include Our Lady Catholic Primary School in Kelby and St Wilfrid's "
            "Catholic Primary in Lowmouth.")
    orgs = orgs_in(nlp, text)
    assert "St Wilfrid's Catholic Primary" in orgs
    assert not any(name.startswith("Kelby and") for name in orgs)
