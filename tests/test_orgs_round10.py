"""Issue 15, tenth round: acronyms that leave out a name's generic tail or its leading
capitals and place, "which is usually known as", a dedication word the model cut off a
trust's name, and former names given after a short form or after "the N-school trust".
Texts and names written for these tests."""

from nlp.components.org_initials import abbreviates
from nlp_fixtures import orgs_in, trusts_in


def _mentions(org: dict, text: str) -> list[str]:
    return [text[s:e] for s, e in org["mentions"]]


# ---- acronyms ----------------------------------------------------------------------------
def test_an_acronym_may_leave_out_a_generic_tail_or_leading_capitals():
    assert abbreviates("FCH", "Fallowmere Community Health NHS Foundation Trust")
    assert abbreviates("ICB", "NHS Ostley Integrated Care Board")
    assert abbreviates("PCS", "Pennock Cleaning Services Ltd")


def test_no_acronym_from_too_few_letters_or_a_tail_that_is_not_generic():
    assert not abbreviates("FC", "Fallowmere Community Health NHS Foundation Trust")
    assert not abbreviates("FCH", "Fallowmere Community Health Partnership Board")
    assert not abbreviates("ICB", "Ostley Town Integrated Care Board")  # a place alone is not a leading capital word


def test_an_nhs_trusts_acronym_is_the_trust_wherever_it_is_used(nlp):
    text = ("Therapy waits grow\n\nSpeech therapy for pupils is run by Fallowmere Community Health NHS Foundation "
            "Trust (FCH), which has a long list. FCH said it was recruiting more staff.")
    orgs = orgs_in(nlp, text)
    assert "FCH" not in orgs
    assert _mentions(orgs["Fallowmere Community Health NHS Foundation Trust"], text).count("FCH") == 2
    assert not trusts_in(nlp, text)


def test_an_acronym_of_the_words_after_nhs_and_a_place(nlp):
    text = ("Careers scheme\n\nThe scheme is paid for by NHS Ostley Integrated Care Board (ICB), the health body. "
            "The ICB said it would review the money next year.")
    orgs = orgs_in(nlp, text)
    assert "ICB" not in orgs
    assert _mentions(orgs["NHS Ostley Integrated Care Board"], text).count("ICB") == 2


def test_which_is_usually_known_as_defines_an_acronym_and_keeps_the_dedication(nlp):
    text = ("Schools to move\n\nThree schools will join the Blessed Agnes Dorne Catholic Multi-Academy Trust, which "
            "is usually known as BADMAT. Parents at one school, due to join BADMAT, want a vote.")
    orgs = orgs_in(nlp, text)
    name = "Blessed Agnes Dorne Catholic Multi-Academy Trust"
    assert name in trusts_in(nlp, text)
    assert "Agnes Dorne Catholic Multi-Academy Trust" not in orgs and "BADMAT" not in orgs
    assert _mentions(orgs[name], text).count("BADMAT") == 2


def test_a_dedication_word_before_a_body_that_is_no_trust_stays_out(nlp):
    text = "Choir news\n\nThe Holy Week concert was held at Marlow Green Academy, and parents praised it."
    assert not any(name.startswith("Holy") for name in orgs_in(nlp, text))


# ---- former names ------------------------------------------------------------------------
def test_the_n_school_trust_formerly_known_as(nlp):
    text = ("Trust sells services\n\nHeron, the 14-school trust formerly known as Mossley Academies, has set up a "
            "company. Heron said the firm would make money.")
    orgs = orgs_in(nlp, text)
    assert "Mossley Academies" not in orgs
    assert "Mossley Academies" in _mentions(orgs["Heron"], text)


def test_a_short_form_then_renamed(nlp):
    text = ("Trusts to merge\n\nThe Pellam Schools Trust will move its schools into the Garnet Learning Trust in "
            "May. Garnet will then be renamed the Estuary Learning Trust, its board said.")
    orgs = orgs_in(nlp, text)
    assert "Estuary Learning Trust" not in orgs
    assert "Estuary Learning Trust" in _mentions(orgs["Garnet Learning Trust"], text)
    assert "Pellam Schools Trust" in orgs


def test_a_short_form_which_was_formerly_known_as(nlp):
    text = ("Trust name change\n\nIt is the second new name for Garnet Learning Trust. Garnet, which was formerly "
            "known as the Hollin Diocesan Academies Trust, runs 12 schools.")
    orgs = orgs_in(nlp, text)
    assert "Hollin Diocesan Academies Trust" not in orgs
    assert "Hollin Diocesan Academies Trust" in _mentions(orgs["Garnet Learning Trust"], text)


def test_a_word_between_two_trusts_that_is_no_short_form_joins_nothing(nlp):
    text = ("Trusts compared\n\nThe Garnet Learning Trust runs 12 schools. Parents, who were formerly told of "
            "Hollin Academies Trust, were not asked.")
    orgs = orgs_in(nlp, text)
    assert "Hollin Academies Trust" in orgs and "Garnet Learning Trust" in orgs


# ---- federations and currency ------------------------------------------------------------
def test_a_federation_that_stays_with_the_council_is_no_trust(nlp):
    text = ("Village schools decide\n\nLast year two church schools, the Pendle Vale Schools Federation, decided to "
            "stay with the council after a vote. Other schools joined Ormside Learning Trust.")
    assert trusts_in(nlp, text) == {"Ormside Learning Trust"}
    text = ("Infants wait\n\nTwo infant schools remain under council control as the Brook Lane Federation but may "
            "join Ormside Learning Trust next year.")
    assert trusts_in(nlp, text) == {"Ormside Learning Trust"}


def test_a_federation_called_a_trust_stays_a_trust(nlp):
    text = ("Trust grows\n\nThe Ormside Federation, a multi-academy trust, runs nine academies. The Ormside "
            "Federation said it would grow.")
    assert trusts_in(nlp, text) == {"Ormside Federation"}


def test_a_currency_sign_after_a_name_is_not_part_of_it(nlp):
    text = ("Building deal\n\nThe schools were built by Kelda Schools Partnership Ltd. The council pays Kelda Schools "
            "Partnership £3.1m a year under the deal.")
    orgs = orgs_in(nlp, text)
    assert not any("£" in name for name in orgs)
    assert not trusts_in(nlp, text)


# ---- numbered pay lists ------------------------------------------------------------------
def test_a_numbered_pay_lines_name_is_a_trust(nlp):
    text = ("Trust bosses' pay\n\nThe best-paid heads of academy trusts in the county, from their accounts:\n\n"
            "1. Hallam Learning Trust: £190,000 to £195,000. It runs 14 schools.\n\n2. Corvath: £175,000 to "
            "£180,000. The trust runs six schools.\n\n3. Brindle Academies: £160,000 to £165,000.")
    assert trusts_in(nlp, text) == {"Hallam Learning Trust", "Corvath", "Brindle Academies"}


def test_a_numbered_line_naming_a_person_is_no_body(nlp):
    text = ("Council pay\n\nThe best-paid council officers, from the accounts:\n\n1. Alison Grey: £150,000 to "
            "£155,000.\n\n2. Marcus Webb: £140,000 to £145,000. Trusts paid less.")
    assert not orgs_in(nlp, text)


def test_the_short_form_of_a_body_named_before_the_last_one_takes_its_former_name(nlp):
    text = ("Trusts to merge\n\nThe Pellam Schools Trust will join the Garnet Learning Trust. Pellam's head will "
            "stay on.\n\nGarnet, which was formerly known as the Hollin Diocesan Academies Trust, runs 12 schools.")
    orgs = orgs_in(nlp, text)
    assert "Hollin Diocesan Academies Trust" not in orgs
    assert "Hollin Diocesan Academies Trust" in _mentions(orgs["Garnet Learning Trust"], text)
    assert "Hollin Diocesan Academies Trust" not in _mentions(orgs["Pellam Schools Trust"], text)
