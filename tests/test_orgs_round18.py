"""Issue 15, eighteenth round: missed trusts and look-alike ones, by the shape of what the text
says. A "... Learning Trust" named after a value (no memorial charity); a school's name given
an appositive calling it a single-academy trust; a federation the text says "is a
multi-academy trust"; schools that "operate together as" a federation; a charity introduced
with its own appositive beside a trust named after it; a place before a firm's noun in the
headline; an award's name; a defined short form that is no former name; a mixed-case
acronym the model read as a place; an acronym leaving out a two-word place. Guards: what
must stay as it was. Texts and names written for these tests."""

from nlp_fixtures import kinds_in, names_at, trusts_in


def test_a_learning_trust_named_after_a_value_is_a_trust(nlp):
    text = ("Pay\n\nThe best-paid leader in the county runs Fortitude Learning Trust, named after the second of "
            "its four founding values, on £180,000.")
    assert "Fortitude Learning Trust" in trusts_in(nlp, text)


def test_a_schools_trust_named_after_a_value_is_a_trust(nlp):
    text = ("Salaries\n\nNext came Candour Schools Trust, named after one of the values its first school was "
            "built on, at £150,000-£155,000.")
    assert "Candour Schools Trust" in trusts_in(nlp, text)


def test_a_plain_trust_named_after_a_person_stays_a_charity(nlp):
    text = ("Grants\n\nThe Mabel Orchard Trust, named after a village schoolmistress, has given £5,000 to the "
            "reading club at the library.")
    assert "Mabel Orchard Trust" not in trusts_in(nlp, text)


def test_a_school_called_a_single_academy_trust_in_apposition(nlp):
    text = ("Pay gap\n\nThe narrowest gap was at St Wilfrid's Church of England Academy, a single-academy trust "
            "whose principal is also its accounting officer, on £98,000-£103,000.")
    assert "St Wilfrid's Church of England Academy" in trusts_in(nlp, text)


def test_a_school_run_by_a_trust_stays_a_school(nlp):
    text = ("Results\n\nFenholt Park Academy, part of a multi-academy trust, had its best results this summer, "
            "and Fenholt Park Academy is a school that has grown fast.")
    assert kinds_in(nlp, text).get("Fenholt Park Academy") == "school"


def test_a_federation_said_to_be_a_multi_academy_trust(nlp):
    text = ("Village schools move\n\nTwo primaries will leave the Oxbury Federation, a federation of three "
            "council-maintained schools, and become academies in the Kittiwake Federation.\n\n"
            "Despite its name, the Kittiwake Federation is a multi-academy trust. It was formed in 2015.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Kittiwake Federation") == "academy_trust"
    assert kinds.get("Oxbury Federation") != "academy_trust"


def test_schools_operating_together_as_a_federation(nlp):
    text = ("Church schools\n\nSt Anne's CE Primary School and Christ Church CE Infant School, which currently "
            "operate together as the Brayford Church Schools Federation, want to join the Kelham Diocesan "
            "Academies Trust (KDAT).\n\nThe schools are maintained by the borough council.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Brayford Church Schools Federation") != "academy_trust"
    assert kinds.get("Kelham Diocesan Academies Trust") == "academy_trust"


def test_a_charity_introduced_beside_the_trust_named_after_it(nlp):
    text = ("Name row\n\nHallam Trust Academy, named after the Hallam Trust, the Georgian charity that founded a "
            "school on the site, is run by its own trust.\n\nThe body that runs the school is the Hallam Trust "
            "Academy Trust, which has its own board.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Hallam Trust") == "other"
    assert kinds.get("Hallam Trust Academy Trust") == "academy_trust"
    assert kinds.get("Hallam Trust Academy") == "school"


def test_a_place_before_a_firms_noun_in_the_headline_is_not_the_trust(nlp):
    text = ("Trust signs IT deal with Harnby tech firm\n\nA multi-academy trust has signed a five-year contract "
            "with a Harnby technology company to manage computers in its schools.\n\nCorvale Multi-Academy "
            "Trust said Brindle Digital Ltd would start in September.")
    trusts = trusts_in(nlp, text)
    assert "Harnby" not in trusts
    assert "Corvale Multi-Academy Trust" in trusts


def test_the_headline_trust_described_in_the_lead_stays_a_trust(nlp):
    text = ("Harwell Foundation warned over spending\n\nAn academy trust running six schools in Dunbury has been "
            "warned about its spending.\n\nHarwell Foundation paid £80,000 to a firm owned by a trustee.")
    assert "Harwell Foundation" in trusts_in(nlp, text)


def test_an_award_named_with_a_superlative_is_no_trust(nlp):
    text = ("Proud day: Best Trust title for Millbrook\n\nMillbrook Schools has been named Trust of the Year at "
            "the county's education awards.\n\nThe seven-school trust was praised for its reading work.")
    trusts = trusts_in(nlp, text)
    assert "Best Trust" not in trusts
    assert "Millbrook Schools" in trusts


def test_a_defined_short_form_is_no_former_name(nlp):
    text = ("St Oswin trust names new head\n\nThe St Oswin Catholic Academy Trust has appointed a former head "
            "teacher from Gatesby as its chief executive.\n\nThe trust, known as SOCAT, runs 14 schools.\n\n"
            "She is also a trustee of the Gatesby Community Foundation, which gives grants to youth groups.")
    assert names_at(nlp, text, "St Oswin Catholic Academy Trust") == ["St Oswin Catholic Academy Trust"]
    assert kinds_in(nlp, text).get("St Oswin Catholic Academy Trust") == "academy_trust"


def test_a_trust_known_by_its_former_name_is_still_renamed(nlp):
    text = ("Rebrand\n\nBrackwater Academies said it had completed its rebrand.\n\nThe trust was formerly known "
            "as Selby Vale Schools Trust until last year.")
    assert names_at(nlp, text, "Selby Vale Schools Trust") == ["Brackwater Academies"]


def test_a_mixed_case_acronym_read_as_a_place(nlp):
    text = ("Conversion\n\nThe Department for Education has approved the move. A DfE spokesperson said officials "
            "were satisfied.")
    assert names_at(nlp, text, "DfE") == ["Department for Education"]


def test_an_acronym_that_leaves_out_a_two_word_place(nlp):
    text = ("More places\n\nThe council's Marden Cross Family Information Service (FIS) said calls had doubled. "
            "The FIS helpline will open in the evenings.")
    assert names_at(nlp, text, "FIS") == ["Marden Cross Family Information Service"] * 2


def test_a_trusts_short_form_described_as_a_group_stays_the_trust(nlp):
    text = ("New chair\n\nWrenbury Academies Trust has appointed a new chair of trustees.\n\nWrenbury, a group of "
            "nine academies in the valley, said the appointment would start in May.")
    assert names_at(nlp, text, "Wrenbury", ",") == ["Wrenbury Academies Trust"]
