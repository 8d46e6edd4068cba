"""How sure an attribution is (nlp/components/quoting/confidence.py)."""
from __future__ import annotations

from nlp_fixtures import one, quotes_of

from nlp.components.quoting.confidence import CONFIDENCE, Evidence, attribution_kind, confidence
from nlp.components.quoting.context import Speaker

SURE = 0.9


def test_confidence_is_high_for_a_named_speaker_and_low_for_none(nlp_pipeline):
    text = ("Row\n\n“We have no choice but to close the library on Sundays,” said Cllr Anne Booth.\n\n"
            "“Nobody has told us anything about what will happen next,” one sign read on the door.")
    named = quotes_of(nlp_pipeline, text)[0]
    assert named["confidence"] >= SURE and named["confidence_basis"] == "name"
    unattributed = one(quotes_of(nlp_pipeline, "Row\n\n“Nobody has told us anything about what will happen next.”"))
    # (its value is measured, 0.68-0.71 over the recounts: below the sure tier, in quotes_to_check)
    assert unattributed["speaker"] is None and 0 <= unattributed["confidence"] < SURE
    assert unattributed["confidence_basis"] == "none"


def test_every_kind_of_evidence_has_a_value_between_0_and_1():
    assert all(0 <= v <= 1 for v in CONFIDENCE.values())
    she = Speaker("Ann Lee", person=0, how="pronoun")
    for ev in (Evidence("direct", "after", she), Evidence("partial", "before", she),
               Evidence("partial", "before", Speaker("unions", how="phrase")),
               Evidence("direct", "after", Speaker("X", how="unknown-how"))):
        assert attribution_kind(ev) in CONFIDENCE


def test_a_pronoun_is_sure_only_with_a_clear_lead_and_its_person_named_nearby():
    she = Speaker("Ann Lee", person=0, how="pronoun", margin=10.0)
    assert confidence(Evidence("direct", "after", she)) >= SURE
    assert confidence(Evidence("direct", "interruption", she, paragraphs_back=1)) >= SURE
    assert attribution_kind(Evidence("direct", "after", she, paragraphs_back=2)) == "pronoun-far"
    assert confidence(Evidence("direct", "after", she, paragraphs_back=2)) < SURE
    contested = she.but(margin=0.5)
    # close candidates all named in the quote's own paragraph: a kind of its own, measured surer
    # than one crossing a paragraph (its value is a count: 0.88 in the ninth session's recount)
    assert attribution_kind(Evidence("direct", "after", contested)) == "pronoun-contested-here"
    assert confidence(Evidence("direct", "after", contested)) == CONFIDENCE["pronoun-contested-here"] > CONFIDENCE["pronoun-contested"]
    assert confidence(Evidence("direct", "after", contested, paragraphs_back=1)) == CONFIDENCE["pronoun-contested"] < SURE


def test_evidence_that_the_quote_is_not_speech_or_the_name_not_real_lowers_a_named_attribution():
    named = Speaker("Jo March", person=0, how="name")
    assert confidence(Evidence("partial", "before", named)) >= SURE
    assert attribution_kind(Evidence("partial", "before", named, in_noun_phrase=True)) == "term"
    assert attribution_kind(Evidence("direct", "after", named, capitalised=False)) == "fragment"
    assert attribution_kind(Evidence("direct", "after", named, name_written=False)) == "unwritten"
    assert attribution_kind(Evidence("direct", "continued", named)) == "continued"
    for ev in (Evidence("partial", "before", named, in_noun_phrase=True),
               Evidence("direct", "after", named, capitalised=False),
               Evidence("direct", "after", named, name_written=False),
               Evidence("direct", "continued", named)):
        assert confidence(ev) < SURE


def test_a_quoted_term_inside_a_noun_phrase_is_not_sure_speech(nlp_pipeline):
    # (with the narrator's adjective outside the marks too, "a single “open evening”", the words
    # are a term and dropped: outside_modifiers.py, round quotes-47)
    text = ("Row\n\nThe head, Mrs Jane Cole, said parents had been offered an “open evening” "
            "before the vote. Mrs Cole said the plan was “simply the best we can do for the children”.")
    term, speech = quotes_of(nlp_pipeline, text)
    assert term["speaker"] == speech["speaker"] == "Jane Cole"
    assert term["confidence_basis"] == "term" and term["confidence"] < SURE
    assert speech["confidence"] >= SURE


def test_a_pronoun_reaching_back_over_paragraphs_is_worth_checking(nlp_pipeline):
    text = ("Row\n\nHeadteacher Jane Cole wrote to parents on Monday about the closure.\n\n"
            "The letter went out after a meeting of the governing body on Friday.\n\n"
            "Governors had met three times since the summer to discuss the budget.\n\n"
            "“We have run out of options and I am sorry it has come to this,” she said.")
    quote = one(quotes_of(nlp_pipeline, text))
    assert quote["speaker"] == "Jane Cole"
    assert quote["confidence_basis"] == "pronoun-far" and quote["confidence"] < SURE
    near = ("Row\n\nHeadteacher Jane Cole wrote to parents on Monday about the closure.\n\n"
            "“We have run out of options and I am sorry it has come to this,” she said.")
    assert one(quotes_of(nlp_pipeline, near))["confidence"] >= SURE


def test_a_name_is_written_when_the_body_writes_it_and_no_name_is_repeated():
    from types import SimpleNamespace

    from nlp.components.quoting.confidence import _name_written

    text = "Obama Says Museum Will Not End Poverty\n\nMr. Obama and Patti LaBelle spoke at the opening."
    ctx = SimpleNamespace(text=text, headline=True, paragraphs=[(0, 38), (40, len(text))])
    assert _name_written(ctx, Speaker("Obama", person=0, how="name"))
    assert not _name_written(ctx, Speaker("Obama Says Museum", person=0, how="name"))  # the headline's words
    assert _name_written(ctx, Speaker("Obama and Patti LaBelle", how="name"))
    assert not _name_written(ctx, Speaker("Patti LaBelle and Patti LaBelle", how="name"))
    assert _name_written(ctx, Speaker("Department for Education", "Department for Education", how="org"))


def test_the_confidence_benchmark_splits_tiers_at_0_9_and_0_7_and_their_recalls_add_up():
    from benchmarks.quote_confidence import tier_of, tier_rows

    assert [tier_of(c) for c in (0.97, 0.9, 0.89, 0.7, 0.69, 0.0)] == \
        ["sure (>= 0.9)"] * 2 + ["0.7 to 0.9"] * 2 + ["below 0.7"] * 2
    outcomes = [({"confidence": 0.97}, True), ({"confidence": 0.95}, False), ({"confidence": 0.8}, True),
                ({"confidence": 0.2}, False)]
    baseline, sure, middle, low = tier_rows("set", outcomes, n_gold=5)
    assert "| 4 | 100% | 0.500 | 0.400 |" in baseline
    assert "| 2 | 50% | 0.500 | 0.200 |" in sure and "| 1 | 25% | 1.000 | 0.200 |" in middle
    assert "| 1 | 25% | 0.000 | 0.000 |" in low


def test_finer_kinds_take_quotes_out_of_the_sure_kinds_where_their_evidence_holds():
    org = Speaker("Carer Forum", "Carer Forum", how="org")
    assert attribution_kind(Evidence("partial", "before", org)) == "org-partial"
    assert attribution_kind(Evidence("partial", "before", org, name_cut=True)) == "org-cut"
    assert attribution_kind(Evidence("direct", "after", org, name_cut=True)) == "org-cut"
    she = Speaker("Ann Lee", person=0, how="pronoun", margin=10.0)
    assert attribution_kind(Evidence("direct", "after", she, pronoun="she")) == "pronoun"
    for word in ("it", "they", "we"):
        assert attribution_kind(Evidence("direct", "interruption", she, pronoun=word)) == "pronoun-group"
        assert attribution_kind(Evidence("partial", "before", she, pronoun=word)) == "pronoun-group"
        assert attribution_kind(Evidence("direct", "after", she.but(margin=0.5), pronoun=word)) == "pronoun-group"
    # evidence that already makes a quote unsure keeps its own kind
    assert attribution_kind(Evidence("direct", "after", she.but(margin=0.5), pronoun="they", paragraphs_back=1)) \
        == "pronoun-contested"
    assert attribution_kind(Evidence("direct", "after", she, pronoun="they", paragraphs_back=2)) == "pronoun-far"
    assert attribution_kind(Evidence("direct", "after", she, pronoun="they", capitalised=False)) == "fragment"
    named = Speaker("Jo March", person=0, how="name")
    assert attribution_kind(Evidence("direct", "interruption", named)) == "name-interruption"
    assert attribution_kind(Evidence("direct", "interruption", named, long_halves=True)) == "name-interruption-long"
    assert attribution_kind(Evidence("direct", "after", named, long_halves=True)) == "name"


def test_an_organisation_named_by_part_of_a_longer_name_is_cut(nlp_pipeline):
    from types import SimpleNamespace

    from nlp.components.quoting.confidence import _name_cut

    text = ("Row\n\nThe Hollybank Parent Carer Forum said the consultation had been “rushed”.\n\n"
            "Unison said the plan was “a disgrace”.")
    second = text.index("Unison")
    ctx = SimpleNamespace(text=text, doc=nlp_pipeline(text), headline=True,
                          paragraphs=[(0, 3), (5, second - 2), (second, len(text))])
    assert _name_cut(ctx, "Carer Forum") and _name_cut(ctx, "Parent Carer Forum")
    assert not _name_cut(ctx, "Hollybank Parent Carer Forum")
    assert not _name_cut(ctx, "Unison")
    assert not _name_cut(ctx, "Department for Education")  # not written: other evidence decides


def test_group_pronouns_and_long_interrupted_quotes_get_their_own_kinds(nlp_pipeline):
    it = ("Row\n\nThe Meadowbank Learning Trust said it would appeal against the ruling.\n\n"
          "“We are disappointed by the decision and will study the judgment carefully before we say more,” it said.")
    quote = one(quotes_of(nlp_pipeline, it))
    assert quote["speaker"] == "Meadowbank Learning Trust" and quote["confidence_basis"] == "pronoun-group"
    she = ("Row\n\nHeadteacher Jane Cole wrote to parents on Monday.\n\n"
           "“We have run out of options and I am sorry it has come to this,” she said.")
    assert one(quotes_of(nlp_pipeline, she))["confidence_basis"] == "pronoun"
    long = ("Row\n\n“We have spent three years asking the council to repair the roof of the sports hall, and every "
            "year we have been told that the money will come in the next budget, which it never does,” said Cllr "
            "Anne Booth. “Parents have raised money themselves for buckets and tarpaulins, and the children have "
            "had their PE lessons in the dining hall since the autumn half-term holiday began.”")
    quote = one(quotes_of(nlp_pipeline, long))
    assert quote["speaker"] == "Anne Booth" and quote["confidence_basis"] == "name-interruption-long"
    short = "Row\n\n“We asked for years,” said Cllr Anne Booth. “Nobody listened to us.”"
    assert one(quotes_of(nlp_pipeline, short))["confidence_basis"] == "name-interruption"


def test_a_name_shown_with_a_title_or_role_word_first_is_its_own_kind():
    from nlp.components.quoting.confidence import _titled

    for shown in ("Headteacher Neil Okoro", "Rt Hon Nigel Ashby", "Cllr Anne Booth"):
        who = Speaker(shown, person=0, how="name")
        assert _titled(who) and attribution_kind(Evidence("direct", "after", who, titled=True)) == "titled"
    assert not _titled(Speaker("Neil Okoro", person=0, how="name"))
    assert not _titled(Speaker("Leader of the opposition", how="phrase"))  # a phrase is shown as written


def test_words_reported_inside_another_report_are_their_own_kind(nlp_pipeline):
    for text in ("Row\n\nMarta Olsen said a surveyor had described the gym roof as “beyond economic repair”.",
                 "Row\n\nThe harbour master, Idris Penhale, said the crew had told him the engine was “running on fumes”."):
        assert one(quotes_of(nlp_pipeline, text))["confidence_basis"] == "nested"
    for text in ("Row\n\nCllr Hamish Tully said the depot was “a shambles from top to bottom”.",
                 "Row\n\nOwen Baptiste said: “We will reopen the pool in the spring.”"):
        assert one(quotes_of(nlp_pipeline, text))["confidence_basis"] == "name"
    # evidence that already makes a quote unsure keeps its own kind
    she = Speaker("Ann Lee", person=0, how="pronoun", margin=10.0)
    assert attribution_kind(Evidence("direct", "after", she, nested=True)) == "nested"
    assert attribution_kind(Evidence("direct", "after", she, nested=True, paragraphs_back=2)) == "pronoun-far"
    assert attribution_kind(Evidence("direct", "after", Speaker("one parent", how="phrase"), nested=True)) == "phrase"


def test_a_spokesperson_for_a_body_no_one_names_is_its_own_kind(nlp_pipeline):
    unnamed = one(quotes_of(nlp_pipeline, "Row\n\nA spokeswoman for the charity said: “We are reviewing every case.”"))
    assert unnamed["speaker_org"] is None and unnamed["confidence_basis"] == "role-unresolved"
    named = one(quotes_of(nlp_pipeline, "Row\n\nA spokesman for Harrowgate Water said: “Supplies will be back by noon.”"))
    assert named["confidence_basis"] == "role"
    role = Speaker("council spokesperson", how="role")
    assert attribution_kind(Evidence("direct", "after", role, body_unresolved=True)) == "role-unresolved"
    assert attribution_kind(Evidence("direct", "after", role)) == "role"
    assert attribution_kind(Evidence("direct", "after", role.but(how="phrase"), body_unresolved=True)) == "phrase"
