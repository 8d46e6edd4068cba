"""The learned organisation kind model (nlp/components/org_kind_model.py) and its training
(nlp/components/org_kind_train.py). Texts here are written for these tests."""
from __future__ import annotations

import json

import pytest
import spacy

from nlp.components import org_kind_train
from nlp.components.org_kind_model import (
    DEFAULT_MODEL, KindModel, OrgKindModel, context_features, name_features, org_features,
)
from nlp.components.org_kinds import name_says_kind, says_academy_trust
from nlp_fixtures import orgs_in


# ---- features ---------------------------------------------------------------------------
def test_name_features_hold_words_last_word_and_the_rules_kind():
    feats = name_features(["Tamar Vale Foundation", "Tamar Vale"])
    assert {"n=tamar", "n=vale", "n=foundation", "last=foundation", "last=vale", "rule=other"} <= feats


def test_context_features_stop_at_a_paragraph_break():
    doc = spacy.blank("en").make_doc("Pupils cheered.\n\nThe Wren Foundation, which runs nine academies, said so.")
    start = [t.text for t in doc].index("Wren")
    feats = context_features(doc, start, start + 2)
    assert "r2=, which" in feats and "r=academie" in feats and "r=run" in feats
    assert not any(f.endswith("cheered") for f in feats)  # the previous paragraph


def test_org_features_gather_every_mention():
    text = "Staff at Brook Academy joined the Wren Foundation. Later the Wren Foundation, a charity, said no."
    doc = spacy.blank("en").make_doc(text)
    spans = [(i, i + len("Wren Foundation")) for i in (text.index("Wren"), text.rindex("Wren"))]
    feats = org_features(doc, ["Wren Foundation"], spans)
    assert "l=joined" in feats and "r=charity" in feats


# ---- the model --------------------------------------------------------------------------
def test_model_probabilities_sum_to_one_and_unknown_features_are_ignored():
    model = KindModel(["academy_trust", "other"], [0.0, 0.5], {"n=trust": [2.0, -1.0]})
    p = model.proba({"n=trust", "n=never-seen"})
    assert p["academy_trust"] + p["other"] == pytest.approx(1.0)
    assert p["academy_trust"] > 0.9
    assert model.proba(set())["other"] > 0.5


def test_model_rejects_weights_that_do_not_match_the_classes(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"classes": ["a", "b"], "intercept": [0.0, 0.0], "weights": {"x": [1.0]}}))
    with pytest.raises(ValueError, match="do not match"):
        KindModel.load(bad)
    with pytest.raises(ValueError, match="cannot load"):
        KindModel.load(tmp_path / "missing.json")


def test_the_shipped_model_is_the_one_training_makes(tmp_path):
    """The file in the package is reproducible from the data in the package."""
    out = tmp_path / "model.json"
    assert org_kind_train.main(["--out", str(out)]) == 0
    shipped = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8")) == shipped
    assert "academy_trust" in shipped["classes"] and "foundation" in shipped["heads"]


def test_training_data_names_occur_in_their_texts_and_have_known_kinds():
    articles = org_kind_train.read_articles(org_kind_train.DEFAULT_DATA)
    assert len(articles) >= 100
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids))


def test_bad_training_line_is_reported_with_file_and_line(tmp_path):
    (tmp_path / "x.jsonl").write_text(
        json.dumps({"id": "a", "text": "The Ash Trust met.", "orgs": [{"name": "Ash Trust", "kind": "academy_trust"}]})
        + "\n" + json.dumps({"id": "b", "text": "Hello.", "orgs": [{"name": "Elm Trust", "kind": "academy_trust"}]})
        + "\n")
    with pytest.raises(ValueError, match=r"x\.jsonl:2: .*does not occur"):
        org_kind_train.read_articles(tmp_path)


def test_training_mentions_give_a_longer_name_its_words_first():
    orgs = [{"name": "Kirkmoor Learning", "kind": "academy_trust", "aliases": ["Kirkmoor"]},
            {"name": "Kirkmoor High School", "kind": "school"}]
    text = "Kirkmoor High School joined Kirkmoor Learning. Kirkmoor runs ten schools."
    where = org_kind_train.mentions(text, orgs)
    assert [text[s:e] for s, e in where["Kirkmoor High School"]] == ["Kirkmoor High School"]
    assert [text[s:e] for s, e in where["Kirkmoor Learning"]] == ["Kirkmoor Learning", "Kirkmoor"]


# ---- when the model may overrule the rules --------------------------------------------------
def _component(min_trust=0.5, max_not_trust=0.2) -> OrgKindModel:
    return OrgKindModel("test", None, min_trust, max_not_trust)


def test_decide_reopens_only_the_rules_guesses():
    comp = _component()
    trusty = {"academy_trust": 0.9, "other": 0.05, "company": 0.05}
    charity = {"academy_trust": 0.05, "other": 0.9, "company": 0.05}
    assert comp.decide({"name": "Wren Foundation", "kind": "other", "kind_source": "name"}, trusty) == "academy_trust"
    # a place the model read as an organisation: its last word ends no body's name
    assert comp.decide({"name": "County Durham", "kind": "other", "kind_source": "name"}, trusty) is None
    # one word: too little to go on
    assert comp.decide({"name": "Wren", "kind": "other", "kind_source": "name"}, trusty) is None
    # the name says what it is
    assert comp.decide({"name": "Wren Valley NHS Foundation Trust", "kind": "other", "kind_source": "name"},
                       trusty) is None
    assert comp.decide({"name": "Wren Academy Trust", "kind": "academy_trust", "kind_source": "name"}, charity) is None
    assert comp.decide({"name": "Wren Almsgiving Trust", "kind": "academy_trust", "kind_source": "name"},
                       charity) == "other"
    # the gazetteer, a register or the text itself said what it is
    for source in ("gazetteer", "register", "context"):
        assert comp.decide({"name": "Wren Foundation", "kind": "other", "kind_source": source}, trusty) is None


def test_name_says_kind():
    assert not name_says_kind("Harrowby Foundation") and not name_says_kind("Oakdene Education")
    assert name_says_kind("Ouse Rivers Trust") and name_says_kind("Ashby Borough Council")
    assert says_academy_trust("Holy Cross Catholic Multi-Academy Company")
    assert not says_academy_trust("Ashby Police Academy Trust")


# ---- in the pipeline --------------------------------------------------------------------------
def test_pipeline_runs_the_component_after_the_organisations(nlp):
    names = nlp.pipe_names
    assert names.index("newswatch_orgs") < names.index("newswatch_org_kind_model") < names.index("newswatch_people")


def test_a_foundation_that_runs_schools_is_a_trust(nlp):
    text = ("Parents at Ashworth Primary were told on Friday that the school will join the Penrose Foundation.\n\n"
            "The Penrose Foundation, which already runs eight primary academies, said the school's name would not "
            "change. Its chief executive will meet staff next week.")
    org = orgs_in(nlp, text)["Penrose Foundation"]
    # a school joining it says so (org_evidence.py); the model agrees where no rule does
    assert (org["kind"], org["kind_source"]) == ("academy_trust", "context")


def test_schools_run_by_a_foundation_make_it_a_trust(nlp):
    text = ("Parents at Ashworth Primary were told on Friday that the school will join the Penrose Foundation in "
            "April.\n\nTeachers at schools run by the Penrose Foundation have been offered new contracts, the chief "
            "executive of the Penrose Foundation said.")
    assert orgs_in(nlp, text)["Penrose Foundation"]["kind"] == "academy_trust"


def test_a_grant_making_foundation_stays_other(nlp):
    text = ("The Penrose Foundation has given £20,000 to the town's food bank and two youth clubs.\n\n"
            "The foundation, a charity set up by a local family, hands out grants every spring.")
    assert orgs_in(nlp, text)["Penrose Foundation"]["kind"] == "other"


def test_heritage_and_civic_trusts_are_not_academy_trusts(nlp):
    text = ("The Ellwood Valley Railway Trust, which runs steam trains at weekends, and the Ellwood Civic Trust "
            "have launched an appeal to repair the viaduct.\n\nThe Ellwood Almshouse Trust gave £5,000.")
    orgs = orgs_in(nlp, text)
    for name in ("Ellwood Valley Railway Trust", "Ellwood Civic Trust", "Ellwood Almshouse Trust"):
        assert orgs[name]["kind"] != "academy_trust", name


def test_a_network_of_trust_leaders_is_not_a_trust(nlp):
    text = "Leaders met at the Wessex Trust Leaders' Network on Monday to discuss budgets."
    assert orgs_in(nlp, text)["Wessex Trust Leaders' Network"]["kind"] == "other"


def test_a_sign_off_role_is_not_part_of_the_name(nlp):
    text = "Our chief executive leads 12 schools.\n\nProf Ann Hale, Chair, Corrin Learning Trust"
    names = set(orgs_in(nlp, text))
    assert "Corrin Learning Trust" in names and not any(n.startswith("Chair") for n in names)


def test_a_scheme_named_like_a_partnership_is_not_a_body(nlp):
    text = "The officers were paid for through the Safer Streets Schools Partnership programme until 2022."
    assert not any("Partnership" in n for n in orgs_in(nlp, text))


def test_a_diocese_is_a_body_of_its_own_beside_its_trust(nlp):
    text = ("Every Catholic school in the Diocese of Arnwick must join a trust by 2027.\n\n"
            "A new trust, the Diocese of Arnwick Catholic Academy Trust (DACAT), will start with four schools.")
    orgs = orgs_in(nlp, text)
    assert orgs["Diocese of Arnwick"]["kind"] == "other"
    assert orgs["Diocese of Arnwick Catholic Academy Trust"]["kind"] == "academy_trust"


def test_a_multi_academy_company_read_as_a_title_is_a_trust(nlp):
    text = "St Anne's Catholic Primary, one of 12 schools in the Holy Cross Catholic Multi-Academy Company, kept its rating."
    assert orgs_in(nlp, text)["Holy Cross Catholic Multi-Academy Company"]["kind"] == "academy_trust"


def test_a_federation_whose_schools_stay_maintained_is_not_a_trust(nlp):
    text = ("Parents hoped the school could join the Ashby Federation of Schools instead. The federation links "
            "two nearby primaries under one governing body and both remain council-maintained.")
    assert orgs_in(nlp, text)["Ashby Federation of Schools"]["kind"] != "academy_trust"


def test_charitable_trust_words_leave_academy_trust_names_alone():
    from nlp.components.org_kinds import infer_kind
    for name in ("Three Rivers Learning Trust", "Cathedral Schools Partnership", "Steam Learning Trust"):
        assert infer_kind(name) == "academy_trust", name
    for name in ("Wharfe Rivers Trust", "Ellwood Civic Trust", "Tamsy Railway Trust", "Calder Almshouse Trust",
                 "Calder Community Foundation", "Wessex Trust Leaders' Network"):
        assert infer_kind(name) == "other", name
