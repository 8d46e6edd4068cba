"""Issue 15, nineteenth round: known classes of trust and alias errors, on sentences written
for these tests (no names from the blind sets). Short forms coordinated before one plural
head; a one-word short form shared by a trust, its school and its town; future and former
names; company names the model cut short; counted role phrases that are no organisation;
trading names, whose rule now has one home (org_known_as.trading_names). Guards: what must
stay as it was."""

from nlp_fixtures import names_at, orgs_in, trusts_in


# 1. coordinated short forms ---------------------------------------------------------------

def test_two_short_forms_before_one_plural_name(nlp):
    text = ("Shared director\n\nAlder Learning Trust and Birch Learning Trust will share a finance director from "
            "April. The Alder and Birch Learning Trusts said the post would save £80,000 a year.")
    assert names_at(nlp, text, "Birch", " Learning Trusts") == ["Birch Learning Trust"]
    assert names_at(nlp, text, "Alder", " and Birch") == ["Alder Learning Trust"]


def test_a_pair_the_model_read_as_one_name_before_trusts(nlp):
    text = ("Merger agreed\n\nTemperley Learning Partnership and the Bishop Aldous Multi-Academy Trust will merge "
            "next year. In a joint statement, the chairs of the Temperley and Bishop Aldous trusts said the merger "
            "was good news for pupils.")
    assert names_at(nlp, text, "Temperley", " and Bishop") == ["Temperley Learning Partnership"]
    assert names_at(nlp, text, "Bishop Aldous", " trusts") == ["Bishop Aldous Multi-Academy Trust"]
    assert "Temperley and Bishop Aldous" not in orgs_in(nlp, text)


def test_three_short_forms_in_a_list_before_trusts(nlp):
    text = ("Catering deal\n\nPellow Academies Trust, Stannard Learning Trust and Quorvan Schools Trust signed the "
            "deal on Friday. The Pellow, Stannard and Quorvan trusts will share one catering contract.")
    assert names_at(nlp, text, "Stannard", ", and") == []  # no such text: the list has one comma before "and"
    assert names_at(nlp, text, "Stannard", " and Quorvan") == ["Stannard Learning Trust"]
    assert names_at(nlp, text, "Quorvan", " trusts") == ["Quorvan Schools Trust"]


def test_places_before_trusts_stay_places(nlp):
    text = ("Trusts meet\n\nSchools in Leeds and Bradford are run by many trusts. Leeds and Bradford trusts met "
            "on Monday, and Oakfield Learning Trust sent its chief executive.")
    orgs = orgs_in(nlp, text)
    assert "Leeds" not in orgs and "Bradford" not in orgs
    assert trusts_in(nlp, text) == {"Oakfield Learning Trust"}


def test_a_side_keeps_the_body_it_was_given(nlp):
    text = ("Merger\n\nColdharbour Schools Trust will move its schools into Wexley Vale Learning Trust, which will "
            "then change its name to Vale and Moor Learning Trust. The boards of the Coldharbour and Wexley Vale "
            "trusts agreed the plan on Monday.")
    assert names_at(nlp, text, "Wexley Vale", " trusts") == ["Vale and Moor Learning Trust"]


# 2. one word shared by a trust, its school and its town ------------------------------------

def test_a_shared_short_form_is_the_trust_when_it_is_lent_money(nlp):
    text = ("Trust wound up\n\nBeacon Crag Academy Trust is to close. Its schools, including Beacon Crag School, "
            "will move to Highcross Academies. The agency said it had lent Beacon Crag £2.3m to pay staff. Beacon "
            "Crag's troubles began when it took on two schools in 2019.")
    assert names_at(nlp, text, "Beacon Crag", " £") == ["Beacon Crag Academy Trust"]
    assert names_at(nlp, text, "Beacon Crag", "'s troubles") == ["Beacon Crag Academy Trust"]
    assert "Beacon Crag" not in orgs_in(nlp, text)


def test_the_town_of_the_same_name_is_no_body(nlp):
    text = ("Village school joins trust\n\nKestrel Academy Trust will take on Kestrel Primary School in the "
            "village of Kestrel next year. Parents in Kestrel said they were worried. Kestrel's chief "
            "executive, Dan Moss, said the trust would keep the school's name.")
    orgs = orgs_in(nlp, text)
    assert "Kestrel" not in orgs
    assert names_at(nlp, text, "Kestrel", " said") == [None]
    assert names_at(nlp, text, "Kestrel", "'s chief") == ["Kestrel Academy Trust"]


def test_a_shared_short_form_where_pupils_go_is_not_given_to_the_trust(nlp):
    text = ("School praised\n\nOrmsley Learning Trust runs six schools, among them Ormsley Primary School. "
            "Inspectors said pupils at Ormsley were happy.")
    assert names_at(nlp, text, "Ormsley", " were") in ([None], ["Ormsley Primary School"])


# 3. future and former names -----------------------------------------------------------------

def test_a_current_name_before_rebranded_from(nlp):
    text = ("Rebrand\n\nAspenfold, the Lowmoor-based trust that rebranded from Lowmoor Schools Trust in 2022, runs "
            "eleven schools. Aspenfold said it would grow.")
    orgs = orgs_in(nlp, text)
    assert "Lowmoor Schools Trust" not in orgs
    assert "Lowmoor Schools Trust" in {a["alias"] for a in orgs["Aspenfold"]["aliases"]}


def test_which_rebranded_from_when_both_names_are_tagged(nlp):
    text = ("Numbers up\n\nHalcyon Learning Trust, which rebranded from the Corvedale Schools Partnership last year, "
            "runs eight schools. Halcyon Learning Trust said numbers were up.")
    orgs = orgs_in(nlp, text)
    assert "Corvedale Schools Partnership" not in orgs
    assert "Corvedale Schools Partnership" in {a["alias"] for a in orgs["Halcyon Learning Trust"]["aliases"]}


def test_the_former_name_in_an_appositive(nlp):
    text = ("Six academies\n\nSandholme Learning, the former Carbrook Schools Trust, runs six academies. Sandholme "
            "Learning said it was pleased.")
    assert "Carbrook Schools Trust" not in orgs_in(nlp, text)


def test_the_former_name_before_a_role_is_not_a_rename(nlp):
    text = ("Appointment\n\nSandholme Learning has appointed Jo Reed, the former Carbrook Schools Trust finance "
            "director, as its chief executive.")
    assert "Carbrook Schools Trust" in orgs_in(nlp, text)


def test_a_future_name(nlp):
    text = ("New name\n\nMerrowdale Academies Trust will be called Lantern Schools from September. Lantern Schools "
            "will run nine schools.")
    assert trusts_in(nlp, text) == {"Merrowdale Academies Trust"}


def test_the_merged_trust_stays_a_body_of_its_own(nlp):
    text = ("Merger\n\nMarlow Vale Trust and Cressfield Learning Trust will merge in September. The merged trust, "
            "Riverstone Education, will run 20 schools.")
    assert {"Marlow Vale Trust", "Cressfield Learning Trust", "Riverstone Education"} <= set(orgs_in(nlp, text))


# 4. company names the model cut short ---------------------------------------------------------

def test_a_company_name_the_model_cut_to_its_generic_words(nlp):
    text = ("Hack\n\nPersonal details of 2,000 pupils may have been exposed after a cyber attack on a company that "
            "manages IT systems for the Larchfield Multi Academy Trust.\n\nRavelin Digital Ltd, which has provided "
            "network and email services to the trust's seven schools since 2021, told Larchfield on Monday that its "
            "servers had been accessed.")
    orgs = orgs_in(nlp, text)
    assert "Ravelin Digital Ltd" in orgs and "Digital Ltd" not in orgs


def test_a_company_name_whole_gives_its_short_form(nlp):
    text = ("Data breach\n\nA company that runs IT for the trust has been hacked. Quillmore Digital Ltd, which has "
            "provided email services since 2020, told the trust on Monday. Quillmore said it was investigating.")
    assert names_at(nlp, text, "Quillmore", " said") == ["Quillmore Digital Ltd"]


def test_a_possessive_company_name_is_whole(nlp):
    text = ("Contract\n\nThe council ended Brightwater Facilities Management Ltd's contract after complaints. "
            "Brightwater said it was disappointed.")
    assert names_at(nlp, text, "Brightwater", " said") == ["Brightwater Facilities Management Ltd"]


def test_a_word_opening_the_sentence_does_not_join_a_company(nlp):
    text = "Meals\n\nYesterday Catering Services Ltd said prices would rise by ten per cent."
    assert "Yesterday Catering Services Ltd" not in orgs_in(nlp, text)


# 5. role phrases --------------------------------------------------------------------------------

def test_counted_officers_of_a_scheme_are_no_trust(nlp):
    text = ("Police in schools\n\nThe four Safer Streets Schools officers will visit every secondary school this "
            "term, the force said.")
    assert not trusts_in(nlp, text)


def test_union_officers_keep_their_union(nlp):
    text = "Strike\n\nOn Monday two Unison officers met the trust's managers about the cleaners' pay."
    assert "Unison" in orgs_in(nlp, text) or "UNISON" in orgs_in(nlp, text)


def test_a_trusts_estates_team_is_no_body(nlp):
    text = ("Repairs\n\nHolmfirth Learning Trust runs nine schools. The trust's estates team will meet the "
            "contractors next week.")
    assert trusts_in(nlp, text) == {"Holmfirth Learning Trust"}


# 6. trading names: one home ---------------------------------------------------------------------

def test_it_trades_as(nlp):
    text = ("Gym\n\nRowanby Academy Trust runs nine schools. It trades as Rowanby Schools, and Rowanby Schools "
            "appears on its website.")
    orgs = orgs_in(nlp, text)
    assert "Rowanby Schools" not in orgs
    assert names_at(nlp, text, "Rowanby Schools") == ["Rowanby Academy Trust"] * 2


def test_a_trading_name_and_its_short_form_are_the_body(nlp):
    text = ("Pay\n\nDunstable Education Trust, which trades as Dunstable Schools, paid its chief executive "
            "£150,000. Dunstable Schools said the pay was fair.")
    orgs = orgs_in(nlp, text)
    assert set(orgs) == {"Dunstable Education Trust"}
    assert "Dunstable Schools" in {a["alias"] for a in orgs["Dunstable Education Trust"]["aliases"]}


def test_the_noun_before_which_trades_as(nlp):
    text = ("Caterer\n\nThe contract went to Summerby Catering Services Ltd. The Harrowdale-based company, which "
            "trades as Summerby Kitchens, said it would create 25 jobs. Summerby Kitchens will cook in 30 schools.")
    assert names_at(nlp, text, "Summerby Kitchens") == [names_at(nlp, text, "Summerby Catering")[0]] * 2


def test_the_trust_which_will_be_known_as(nlp):
    text = ("New name\n\nCarrowby Schools, the eight-school academy trust, is changing its name to Northern Vale "
            "Education as it grows. The trust, which will be known as Northern Vale from 1 April, is taking on "
            "two primaries.")
    assert len(orgs_in(nlp, text)) == 1
    assert names_at(nlp, text, "Northern Vale", " from") == names_at(nlp, text, "Northern Vale Education")


def test_known_as_until_last_year_is_no_name_to_come(nlp):
    text = ("News in brief\n\nPupils joined a litter pick organised by Wendle Rivers Trust, a conservation charity."
            "\n\nHalworth Primary Academy, part of Tesserly, has a new headteacher. The trust, known as Halworth "
            "Schools Trust until last year, said she would start after Easter.")
    assert names_at(nlp, text, "Halworth Schools Trust") != ["Wendle Rivers Trust"]
