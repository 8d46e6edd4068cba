"""Issue 15, seventeenth round: look-alike trusts and missed ones, by the shape of what the
text says. A federation of maintained schools in an article that mentions academy trusts
only as something to join; a federation listed among trusts or called "a 12-school trust";
a trust "named after" a word that runs schools; "X, the company announced" (a reporting
clause, no appositive); a charity introduced beside a trust of a like name; a headline's
name less a forename; a capitalised word the model cut off a company; a place-tagged
"Russian Federation" and "X Federation of Y"; an item label "X: ... the trust has"; "A, B
and C Trust each ..."; venues and documents; trading names. Guards: what must stay as it
was. Texts and names written for these tests."""

from nlp_fixtures import kinds_in, orgs_in, trusts_in


def test_a_federation_of_maintained_schools_that_might_later_join_a_trust(nlp):
    text = ("Schools to federate\n\nTwo small maintained primaries near Ambleford will share one headteacher "
            "under plans approved by the council's cabinet.\n\nCray Hill Primary School and Tollbar Primary School "
            "will form the Ambleford Vale Federation in April. The schools will keep their own names and "
            "budgets.\n\nA councillor asked whether the federation could later be a step towards joining an "
            "academy trust.")
    assert "Ambleford Vale Federation" not in trusts_in(nlp, text)


def test_a_federation_listed_among_the_trusts_schools_joined(nlp):
    text = ("Conversions\n\nCouncillors heard that seven schools had left council control this year, joining "
            "trusts including Penbury Learning Trust, Ostler Academies and The Welland Federation.")
    assert "Welland Federation" in trusts_in(nlp, text)


def test_a_federation_called_a_twelve_school_trust(nlp):
    text = ("Pay\n\nThe Corran Federation, a 12-school trust based in Dunmere, paid its executive headteacher "
            "£160,000 last year.")
    assert "Corran Federation" in trusts_in(nlp, text)


def test_a_federation_of_maintained_schools_stays_one(nlp):
    text = ("Heads\n\nThe Ellerby Federation, which links two maintained village primaries under one "
            "executive headteacher, has appointed a new chair of governors.")
    assert "Ellerby Federation" not in trusts_in(nlp, text)


def test_a_trust_named_after_a_word_that_runs_schools(nlp):
    text = ("Inspection\n\nMoss Lane Primary Academy joined Constantia Learning Trust two years ago.\n\n"
            "Constantia, named after the Latin word for steadfastness, now runs eight schools in the valley.")
    assert "Constantia Learning Trust" in trusts_in(nlp, text)


def test_a_trust_named_after_a_person_in_memory_stays_a_charity(nlp):
    text = ("Bursaries\n\nThe Alma Pritchard Trust, named after a former headteacher, gives bursaries to "
            "sixth formers in the town.")
    assert "Alma Pritchard Trust" not in trusts_in(nlp, text)


def test_a_reporting_clause_is_no_appositive(nlp):
    text = ("Meals deal\n\nDinnerline Group plc will provide meals to 14 schools run by the Wendover Schools "
            "Partnership, the company announced on Monday.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Wendover Schools Partnership") == "academy_trust"
    assert kinds.get("Dinnerline Group plc") == "company"


def test_a_charity_introduced_beside_a_trust_of_a_like_name_is_its_own_body(nlp):
    text = ("New logo\n\nTarrow Valley Learning Trust, which runs 11 schools, has a new logo.\n\n"
            "The Tarrow Valley Trust, a conservation charity working along the river, said it had received "
            "letters meant for the schools.")
    orgs = orgs_in(nlp, text)
    assert orgs["Tarrow Valley Learning Trust"]["kind"] == "academy_trust"
    assert "Tarrow Valley Trust" not in {a["alias"] for a in orgs["Tarrow Valley Learning Trust"]["aliases"]}


def test_a_headline_name_less_its_forename_is_the_body(nlp):
    text = ("Lindqvist Foundation funds reading scheme\n\nThe Edith Lindqvist Foundation, a charity set up by a "
            "mill-owning family, will pay for reading volunteers in six primaries run by Greyfriars Academies.")
    orgs = orgs_in(nlp, text)
    assert "Lindqvist Foundation" not in orgs
    assert len(orgs["Edith Lindqvist Foundation"]["mentions"]) == 2
    assert orgs["Edith Lindqvist Foundation"]["kind"] != "academy_trust"


def test_a_company_the_model_cut_gets_its_first_word_back(nlp):
    text = ("Fresh Table wins meals contract\n\nRedhill caterer Fresh Table Catering Ltd has won a contract to "
            "feed pupils at all six schools in Ashbury Academies.\n\nStaff will transfer to Fresh Table in "
            "September, the company said.")
    orgs = orgs_in(nlp, text)
    assert "Fresh Table Catering Ltd" in orgs
    assert orgs["Fresh Table Catering Ltd"]["kind"] == "company"
    assert "Fresh Table" not in trusts_in(nlp, text)


def test_a_nation_federation_after_the_trust_said_stays_a_place(nlp):
    text = ("Energy bills\n\nHollin Learning Trust has signed a new energy contract. Gas prices rose after "
            "sanctions on the Russian Federation, the trust said.")
    assert trusts_in(nlp, text) == {"Hollin Learning Trust"}


def test_a_federation_of_members_is_not_a_trust(nlp):
    text = ("Chess\n\nPupils from Oakhurst Academy will play in a tournament run by the Northvale Federation of "
            "Chess Clubs next month.")
    assert "Northvale Federation of Chess Clubs" not in trusts_in(nlp, text)


def test_a_one_word_trust_labelling_a_newsletter_item(nlp):
    text = ("Branch news\n\nWelcome to the autumn bulletin.\n\nPinnacle: after two meetings, the trust has agreed to "
            "drop its plan for a longer school day.\n\nPay: every trust in the district will pass on the award.")
    assert "Pinnacle" in trusts_in(nlp, text)


def test_a_one_word_label_without_the_trust_is_left_alone(nlp):
    text = ("Branch news\n\nWelcome to the autumn bulletin.\n\nCasework: contact the branch office before any "
            "meeting.\n\nPinnacle: the bakery on the high street is offering members a discount.")
    assert "Pinnacle" not in trusts_in(nlp, text)


def test_a_list_of_three_ending_with_each(nlp):
    text = ("Awards\n\nFallowfield Learning Trust, Nimbus and Holy Cross Multi-Academy Trust each have two "
            "nominations in the inclusion category.")
    trusts = trusts_in(nlp, text)
    assert "Holy Cross Multi-Academy Trust" in trusts
    assert "Nimbus and Holy Cross Multi-Academy Trust" not in trusts


def test_a_name_with_and_after_one_comma_stays_whole(nlp):
    text = ("Awards\n\nThe prize went to Kelby Academy, part of Tamar and Tavy Learning Trust, this year.")
    assert "Tamar and Tavy Learning Trust" in trusts_in(nlp, text)


def test_venues_and_documents_are_not_organisations(nlp):
    text = ("Notices\n\nNext branch meeting: Tuesday 3 March, 6pm, Elmsworth Trades Hall.\n\nPupils from "
            "Redcliff Academy will spend a day a week at the college's Advanced Robotics Centre.\n\nThe centre, "
            "known as The Maker Exchange, opens in May.\n\nCouncillors said the Quarry Road Masterplan, adopted "
            "in 2021, needs updating.")
    orgs = orgs_in(nlp, text)
    for name in ("Elmsworth Trades Hall", "Advanced Robotics Centre", "Maker Exchange", "The Maker Exchange",
                 "Quarry Road Masterplan"):
        assert name not in orgs
    assert "Redcliff Academy" in orgs


def test_a_trading_name_is_the_body(nlp):
    text = ("Pool closes\n\nHarwick Leisure Trust, which trades as Active Harwick, said the pool would close "
            "for repairs.\n\nActive Harwick said it was looking for other pools.")
    orgs = orgs_in(nlp, text)
    assert "Active Harwick" not in orgs
    assert len(orgs["Harwick Leisure Trust"]["mentions"]) == 3


def test_a_trust_that_will_trade_under_another_name(nlp):
    text = ("New name\n\nBelstone Academy Trust runs seven schools in the district. From September the trust "
            "will trade as Belstone Schools Partnership, although its legal name will not change.")
    orgs = orgs_in(nlp, text)
    assert "Belstone Schools Partnership" not in orgs
    assert orgs["Belstone Academy Trust"]["kind"] == "academy_trust"
