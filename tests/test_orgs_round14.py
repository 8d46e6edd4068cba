"""Issue 15, fourteenth round: the general evidence that separates an academy trust from a
look-alike. A dedication before "and" belongs to the trust's name; generic words and one
noun, or a name running on past "Trust" into no body's words, name no body; an informal or
voluntary group, a network of maintained schools said so in the next sentence, a charity
said so in a predicate (past a short form), and a plain trust said to run things other
than schooling are no academy trusts, unless the text shows them running academies. Texts
and names written for these tests."""

from nlp.components.org_fragments import names_no_body, trust_run_on
from nlp_fixtures import kinds_in, trusts_in


def test_two_saints_and_a_trust_are_one_name(nlp):
    text = ("Church schools to join\n\nThree village primaries will join the St Anne and St Hild Schools Trust, "
            "a small trust based in Marlby. A spokesperson for St Anne and St Hild said it was delighted.")
    trusts = trusts_in(nlp, text)
    assert "St Anne and St Hild Schools Trust" in trusts
    assert "St Hild Schools Trust" not in trusts and "St Anne" not in trusts


def test_our_lady_and_a_saint_are_one_name(nlp):
    text = ("New chair\n\nPupils at St Osric's Catholic Primary School, which joined the Our Lady and St Kea "
            "Catholic Academy Trust last year, sang at the service.")
    trusts = trusts_in(nlp, text)
    assert trusts == {"Our Lady and St Kea Catholic Academy Trust"}


def test_two_trusts_joined_by_and_stay_two(nlp):
    # a guard: "A Trust and B Trust" is two bodies, "the A and B trusts" names no whole body
    text = ("Trusts merge\n\nThe merger of Copperfield Schools Trust and Linnet Learning Trust was approved.")
    assert {"Copperfield Schools Trust", "Linnet Learning Trust"} <= trusts_in(nlp, text)


def test_generic_words_and_one_noun_name_no_body():
    assert names_no_body(["Academy", "Trust", "Pay"])
    assert names_no_body(["Trust", "Bosses"])
    assert names_no_body(["School", "Lane"])
    assert not names_no_body(["School", "Admissions", "Team"])
    assert not names_no_body(["Department", "for", "Education"])
    assert not names_no_body(["Union", "League"])  # a club's name
    assert not names_no_body(["Harbour", "Learning", "Trust"])


def test_a_short_headline_of_generic_words_is_no_trust(nlp):
    text = ("Academy Trust Pay: Four Chiefs Top £180,000\n\nFour academy trust chief executives in Marlby were "
            "paid more than £180,000, the accounts of the Wren Valley Learning Trust and others show.")
    trusts = trusts_in(nlp, text)
    assert "Academy Trust Pay" not in trusts
    assert "Wren Valley Learning Trust" in trusts


def test_trust_run_on():
    assert trust_run_on(["Marsh", "Academy", "Trust", "Choir"]) == 3
    assert trust_run_on(["Kelby", "Trust", "Awards"]) == 2
    assert trust_run_on(["Kingsfold", "Trust", "School"]) is None
    assert trust_run_on(["Tarn", "Trust", "Services", "Ltd"]) is None
    assert trust_run_on(["Fenby", "Trust", "and", "Oak", "Learning", "Trust"]) is None
    assert trust_run_on(["Harbour", "Learning", "Trust"]) is None


def test_a_trusts_choir_or_awards_are_no_trust(nlp):
    text = ("Concert tonight\n\nSinging at the Corn Hall tonight will be the Ferrow Trust Choir. The Ferrow "
            "Trust Awards are handed out next week. Harbour Learning Trust runs four schools in the town.")
    trusts = trusts_in(nlp, text)
    assert not any(name.startswith("Ferrow") for name in trusts)
    assert "Harbour Learning Trust" in trusts


def test_a_run_on_headline_keeps_the_trust_the_body_names(nlp):
    text = ("Stourby Multi-Academy Trust Hit By Data Breach\n\nParents have been warned after a data breach at "
            "the Stourby multi-academy trust, which runs nine schools.")
    assert "Stourby Multi-Academy Trust" in trusts_in(nlp, text)


def test_an_informal_group_is_no_trust(nlp):
    text = ("Heads back plan\n\nThe plan is backed by the Fellmoor Schools Alliance, an informal group of nine "
            "village primaries, and by the Corran Learning Trust.")
    trusts = trusts_in(nlp, text)
    assert "Fellmoor Schools Alliance" not in trusts
    assert "Corran Learning Trust" in trusts


def test_a_network_of_maintained_schools_said_in_the_next_sentence(nlp):
    text = ("Similar names\n\nThe Tarnby Academies Partnership is an academy trust. The Tarnby Schools "
            "Partnership, known as TSP, is not. It is a voluntary network of 20 council-maintained primary "
            "schools that buy training together.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Tarnby Academies Partnership") == "academy_trust"
    assert kinds.get("Tarnby Schools Partnership") not in {None, "academy_trust"}


def test_a_charity_said_so_after_its_short_form(nlp):
    text = ("Clubs funded\n\nThe Tarnby Alliance for Learning, or TAL, is a charity that runs after-school "
            "clubs and holiday play schemes.")
    assert kinds_in(nlp, text).get("Tarnby Alliance for Learning") not in {None, "academy_trust"}


def test_a_plain_trust_called_a_charity_in_a_predicate(nlp):
    text = "Carers helped\n\nThe Pellow Road Trust is a charity that supports young carers in Marlby."
    assert "Pellow Road Trust" not in trusts_in(nlp, text)


def test_a_charity_that_runs_academies_stays_a_trust(nlp):
    # a guard: academy trusts are charities too
    text = ("Contract awarded\n\nThe service will be run by Marlby Schools Trust (MST), which already runs 11 "
            "academies in the borough. Despite its name, Marlby Schools Trust is an independent charity.")
    assert "Marlby Schools Trust" in trusts_in(nlp, text)


def test_a_plain_trust_that_runs_a_museum_is_no_academy_trust(nlp):
    text = ("Opening hours cut\n\nThe Kelsby Trust, which runs the town's museum and art gallery, will open "
            "three days a week. The Orrin Trust looks after 40 acres of woodland near the village.")
    trusts = trusts_in(nlp, text)
    assert "Kelsby Trust" not in trusts and "Orrin Trust" not in trusts


def test_a_trust_that_runs_schools_or_named_ones_stays_a_trust(nlp):
    # guards: schooling, a school's proper name, a count said of schools before
    text = ("Trusts grow\n\nThe Brambley Trust runs six primary schools in the town. The Hollis Trust, which runs "
            "Hollis Academy and Brookside Primary, has a new chair. The Wexley Trust runs seven schools, while "
            "the Cardle Trust runs five in the south of the county.")
    trusts = trusts_in(nlp, text)
    assert {"Brambley Trust", "Hollis Trust", "Wexley Trust", "Cardle Trust"} <= trusts


def test_a_learning_trust_running_a_music_service_stays_a_trust(nlp):
    # a guard: a name shaped like an academy trust's is not reopened by what it runs
    text = "Lessons continue\n\nKelby Learning Trust, which runs the county's music service, said lessons go on."
    assert "Kelby Learning Trust" in trusts_in(nlp, text)


def test_a_federation_denied_past_a_relative_clause(nlp):
    text = ("Vote lost\n\nHeads at the Redmere Federation said the plan would hurt their schools. The federation, "
            "which shares one governing body, is not an academy trust.")
    assert "Redmere Federation" not in trusts_in(nlp, text)


def test_a_diocesan_board_overseeing_schools_is_no_trust(nlp):
    text = ("Diocese plans\n\nThe plans were drawn up by the Marlby Diocesan Board of Education (MDBE), which "
            "oversees the diocese's schools.")
    assert "Marlby Diocesan Board of Education" not in trusts_in(nlp, text)


def test_a_trust_set_up_under_a_will_is_a_charity(nlp):
    text = ("Trips paid for\n\nThe Sir Amos Threlfall Trust, set up under the will of a Victorian mill owner, "
            "pays for school trips in the town.")
    assert "Sir Amos Threlfall Trust" not in trusts_in(nlp, text)


def test_a_federation_that_would_join_a_trust_is_none(nlp):
    text = ("Federation vote\n\nThe Larkmoor Federation, made up of three small village primaries, will consult "
            "on joining a trust.")
    assert "Larkmoor Federation" not in trusts_in(nlp, text)


def test_a_group_of_heads_is_no_trust(nlp):
    text = ("Heads write\n\nThe Tilby Primary Schools Alliance, a group of heads who meet each half-term, wrote "
            "to the council. Ferrow Learning Trust, which runs six academies, also signed.")
    trusts = trusts_in(nlp, text)
    assert "Tilby Primary Schools Alliance" not in trusts
    assert "Ferrow Learning Trust" in trusts
