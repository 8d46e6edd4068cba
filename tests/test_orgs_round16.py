"""Issue 15, sixteenth round: academy trusts whose names say nothing of their kind, shown
as trusts by what the text says of them. A pair of names called academy trusts together
("A and B ... Both are multi-academy trusts", "A and B are both academy trusts") is a pair
of trusts, even when a name is shaped like a company's ("... Learning Group"); a body
"formed when two small trusts ... combined" is a trust, even named in one word. Guards:
a pair called something else together, or trusts of another sort, stays what it was.
Texts and names written for these tests."""

from nlp_fixtures import kinds_in, trusts_in


def test_a_pair_called_multi_academy_trusts_by_the_next_sentence(nlp):
    text = ("Pay table\n\nAlso on the list are the Brightwell Learning Group and The Heron Partnership, whose "
            "chief executives each earn about £140,000. Both are multi-academy trusts, despite their names.")
    assert {"Brightwell Learning Group", "Heron Partnership"} <= trusts_in(nlp, text)


def test_a_pair_called_academy_trusts_in_its_own_sentence(nlp):
    text = ("Pay table\n\nRedmoor Learning Group and Farley Education Group are both academy trusts, and both "
            "pay their leaders more than the council's chief executive.")
    assert {"Redmoor Learning Group", "Farley Education Group"} <= trusts_in(nlp, text)


def test_a_pair_called_something_else_stays_what_it_was(nlp):
    text = ("Awards night\n\nThe evening was sponsored by Halden Construction Group and Mealwise Group plc. Both "
            "are family firms based in the county.")
    trusts = trusts_in(nlp, text)
    assert "Halden Construction Group" not in trusts
    assert "Mealwise Group plc" not in trusts


def test_a_pair_called_charitable_trusts_is_not_made_academy_trusts(nlp):
    text = ("Grants\n\nMoney came from the Ashby Youth Group and the Kelsby Rotary Club. Both are charitable "
            "trusts that fund music lessons.")
    trusts = trusts_in(nlp, text)
    assert "Ashby Youth Group" not in trusts
    assert "Kelsby Rotary Club" not in trusts


def test_a_one_word_body_formed_from_two_trusts_is_a_trust(nlp):
    text = ("New names\n\nConcordia was formed in 2019 when two small trusts, Westgate Primary Trust and the "
            "Millbrook Academy Trust, combined. It now runs nine schools.")
    assert {"Concordia", "Westgate Primary Trust", "Millbrook Academy Trust"} <= trusts_in(nlp, text)


def test_a_body_formed_from_the_merger_of_three_academy_trusts(nlp):
    text = ("Merger\n\nMeridale was created by the merger of three academy trusts last September, and its "
            "chief executive said more schools would follow.")
    assert "Meridale" in trusts_in(nlp, text)


def test_a_body_formed_otherwise_stays_what_it_was(nlp):
    text = ("Clubs\n\nTandridge was formed in 2018 when two football clubs merged. Its youth teams train on "
            "school pitches.")
    assert kinds_in(nlp, text).get("Tandridge") != "academy_trust"
