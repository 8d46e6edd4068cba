"""Issue 15, sixth round: what the text says a trust-shaped name is not, shared short forms
of a school and its single-academy trust, defined acronyms and former names, buildings and
events (nlp/components/org_denials.py and the modules it feeds). Texts and names written for
these tests."""
import pytest

from nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def orgs_of(nlp, text):
    return {o["name"]: o for o in nlp(text)._.orgs}


def trusts(nlp, text):
    return {name for name, o in orgs_of(nlp, text).items() if o["kind"] == "academy_trust"}


# ---- denials and groups of maintained schools ------------------------------------------------
def test_a_federation_the_next_sentence_says_is_no_academy_trust(nlp):
    text = ("Church schools\n\nParents also asked about the Pellingford Village Schools Federation. In short, it "
            "isn't an academy trust and could not take on another school as an academy. Meanwhile the Tansley "
            "Learning Trust said it had no plans to grow.")
    assert trusts(nlp, text) == {"Tansley Learning Trust"}


def test_the_federation_is_not_an_academy_trust_a_paragraph_later(nlp):
    text = ("Unit to close\n\nGovernors of the Orrin Vale Federation say the nursery class is too expensive to run.\n\n"
            "Both schools are run by the county. The federation is not an academy trust, although the Corbel "
            "Learning Partnership has asked it to join.")
    found = trusts(nlp, text)
    assert "Orrin Vale Federation" not in found


def test_a_partnership_of_council_maintained_schools_is_not_a_trust(nlp):
    text = ("Top-slice row\n\nThe Drayholt Schools Partnership, a group of council-maintained schools in the east of "
            "the town that share a business manager, said it would not join Kestwick Academies Trust.")
    kinds = {n: o["kind"] for n, o in orgs_of(nlp, text).items()}
    assert kinds.get("Drayholt Schools Partnership") == "other"
    assert kinds.get("Kestwick Academies Trust") == "academy_trust"


def test_a_denial_of_another_body_does_not_count(nlp):
    # "it" here follows a sentence about the trust, and the denial names a different body
    text = ("Merger talks\n\nThe Brenmoor Schools Partnership runs nine academies across the district. The "
            "Lowbridge Federation is not an academy trust, its chair said.")
    assert "Brenmoor Schools Partnership" in trusts(nlp, text)
