"""Quote attribution (the `newswatch_quotes` component: nlp/components/quotes.py and
quoting/cues, speakers, salience) on small texts written for each convention, and on the demo
site's two annotated stories (tests/data/site_gold.json; every gold quote found whole, with the right speaker and org). Which
stretches are quotes: test_nlp_quote_marks.py; how sure: test_nlp_quote_confidence.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from nlp_fixtures import article_text, one, quotes_of, site_articles, speaker_of

from benchmarks import quotes as quote_benchmark


# ---- attribution -------------------------------------------------------------------------
def test_multi_paragraph_curly(nlp_pipeline):
    text = ("Jane Smith, chief executive of the Harris Federation, said: “First paragraph here.\n\n"
            "“Second paragraph here.\n\n“Third paragraph here.”\n\nThe meeting then ended.")
    q = one(quotes_of(nlp_pipeline, text))
    assert q["text"] == "First paragraph here. Second paragraph here. Third paragraph here."
    assert (q["speaker"], q["speaker_org"], q["speaker_role"]) == ("Jane Smith", "Harris Federation", "chief executive")
    assert (q["paragraph"], q["paragraph_end"], q["kind"]) == (0, 2, "direct")


def test_multi_paragraph_straight_quotes(nlp_pipeline):
    text = 'Jon Richards said: "The first paragraph.\n\n"The second paragraph."\n\nThe talks went on.'
    q = one(quotes_of(nlp_pipeline, text))
    assert q["text"] == "The first paragraph. The second paragraph."
    assert q["speaker"] == "Jon Richards"


def test_interrupted_quote_is_one_quote(nlp_pipeline):
    text = ("Parents at the school are angry.\n\n“We have been let down by everyone,” said Jane Smith, "
            "a parent at Maltings Academy. “Nobody asked us what we wanted.”")
    q = one(quotes_of(nlp_pipeline, text))
    assert q["text"] == "We have been let down by everyone, Nobody asked us what we wanted."
    assert (q["speaker"], q["speaker_role"]) == ("Jane Smith", "parent")


@pytest.mark.parametrize("text", [
    "Maltings Academy headteacher Jane Smith said: “The changes will not affect teaching.”",
    "“The changes will not affect teaching,” said Jane Smith.",
    "“The changes will not affect teaching,” Jane Smith said.",
    "According to Jane Smith, “the changes will not affect teaching”.",
])
def test_speaker_before_or_after(nlp_pipeline, text):
    q = one(quotes_of(nlp_pipeline, text))
    assert q["speaker"] == "Jane Smith"
    assert q["text"].lower().startswith("the changes will not affect teaching")


def test_role_and_org_before_name(nlp_pipeline):
    q = one(quotes_of(nlp_pipeline, "Maltings Academy headteacher Jane Smith said: “We are ready.”"))
    assert (q["speaker_org"], q["speaker_role"]) == ("Maltings Academy", "headteacher")


def test_pronouns_resolve_by_gender_and_recency(nlp_pipeline):
    text = ("Mark Taylor, chair of governors, spoke at the meeting. Sarah Jones, a parent, also attended.\n\n"
            "“We are worried about the future of the school,” he said.\n\n"
            "“It feels like nobody is listening,” she said.")
    quotes = quotes_of(nlp_pipeline, text)
    assert [(q["speaker"], q["cue"]) for q in quotes] == [("Mark Taylor", "said"), ("Sarah Jones", "said")]


def test_pronoun_ignores_names_inside_quotes(nlp_pipeline):
    text = ("Sarah Jones spoke first.\n\n“Even Mary Brown agrees with us,” she said.\n\n"
            "“We will keep going,” she added.")
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["speaker"] for q in quotes] == ["Sarah Jones", "Sarah Jones"]


def test_they_is_not_guessed(nlp_pipeline):
    text = "Parents at Maltings Academy held a protest.\n\n“We want answers from the trust,” they said."
    q = one(quotes_of(nlp_pipeline, text))
    assert q["speaker"] is None  # not "Maltings Academy"


def test_spokesperson(nlp_pipeline):
    q = one(quotes_of(nlp_pipeline, "A spokeswoman for Essex County Council said: “We are working closely with the trust.”"))
    assert (q["speaker"], q["speaker_org"]) == ("spokeswoman for Essex County Council", "Essex County Council")


def test_organisation_speaker_resolved_to_named_council(nlp_pipeline):
    text = ("Kent County Council has announced a review of school transport.\n\n"
            "In a statement, the council said: “We will consult every family affected.”")
    q = one(quotes_of(nlp_pipeline, text))
    assert (q["speaker"], q["speaker_org"]) == ("Kent County Council", "Kent County Council")


def test_partial_quotes(nlp_pipeline):
    text = ("The National Education Union described the plans as “a betrayal of pupils”.\n\n"
            "GMB regional organiser Tom Jones said the scheme was “unworkable”.")
    quotes = quotes_of(nlp_pipeline, text)
    assert [(q["text"], q["speaker"], q["kind"]) for q in quotes] == [
        ("a betrayal of pupils", "National Education Union", "partial"),
        ("unworkable", "Tom Jones", "partial"),
    ]
    assert quotes[1]["speaker_org"] == "GMB"


def test_list_of_speakers(nlp_pipeline):
    text = ("Several people spoke at the meeting.\n\n"
            "Cllr Ann Webb said: “This is the right decision.”\n\n"
            "Mr Peter Hall, who leads the opposition group, said: “It is the wrong decision.”\n\n"
            "“I am not convinced either way,” said Dr Helen Price.")
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["speaker"] for q in quotes] == ["Ann Webb", "Peter Hall", "Helen Price"]


def test_no_speaker(nlp_pipeline):
    q = one(quotes_of(nlp_pipeline, "The meeting ended without a vote.\n\n“We will not be silenced by anyone.”"))
    assert q["speaker"] is None and q["kind"] == "direct"


def test_speaker_in_previous_paragraph_ending_with_colon(nlp_pipeline):
    text = ("Responding to the claims, Academies Enterprise Trust chief executive Julian Drinkall said:\n\n"
            "“We reject these claims completely.”")
    q = one(quotes_of(nlp_pipeline, text))
    assert (q["speaker"], q["speaker_org"], q["speaker_role"]) == (
        "Julian Drinkall", "Academies Enterprise Trust", "chief executive")


def test_following_quote_paragraphs_continue_the_speaker(nlp_pipeline):
    # the news convention: a paragraph after a CLOSED quote is a new quote by the same
    # speaker; a paragraph after an UNCLOSED quote continues it
    text = ("Councillor Liz Amberley spoke first.\n\n“The first part,” she said.\n\n"
            "“The second part.\n\n“The third part.”\n\nOther business followed.")
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["speaker"] for q in quotes] == ["Liz Amberley", "Liz Amberley"]
    assert [(q["paragraph"], q["paragraph_end"]) for q in quotes] == [(1, 1), (2, 3)]
    assert quotes[1]["text"] == "The second part. The third part."


def test_new_attribution_starts_a_new_quote(nlp_pipeline):
    text = ("“We will fight this,” said Jon Richards. “It is wrong,” said Nadia Forde.")
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["speaker"] for q in quotes] == ["Jon Richards", "Nadia Forde"]


# ---- the demo site's annotated stories -----------------------------------------------------
def _overlap(a: str, b: str) -> float:
    ta, tb = a.lower().split(), b.lower().split()
    common = sum(min(ta.count(w), tb.count(w)) for w in set(ta))
    return min(common / len(ta), common / len(tb)) if ta and tb else 0.0


@pytest.mark.parametrize("article", site_articles(), ids=lambda a: a["id"])
def test_site_article_quotes(nlp_pipeline, article):
    quotes = quotes_of(nlp_pipeline, article_text(article))
    assert len(quotes) == len(article["quotes"])
    for gold in article["quotes"]:
        match = [q for q in quotes if _overlap(q["text"], gold["text"]) >= 0.9]
        assert len(match) == 1, gold["text"][:60]
        q = match[0]
        # case aside: a gold set may write a union as its article does ("Unison"), the
        # pipeline gives its gazetteer name ("UNISON")
        assert q["speaker"].lower() == gold["speaker"].lower()
        assert q["speaker_org"].lower() == gold["speaker_org"].lower()
        assert (q["paragraph"], q["paragraph_end"]) == (gold["paragraph_start"], gold["paragraph_end"])
        assert q["kind"] == gold["kind"]


# ---- more conventions seen in local news -----------------------------------------------------
def test_document_speaker_is_its_author(nlp_pipeline):
    text = ("Three Spires Academy Trust told parents in a letter on Friday that it would close.\n\n"
            "The letter said: “The board has concluded that the schools will be better served elsewhere.”\n\n"
            "A statement from the governors of both schools said: “We support the decision fully.”")
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["speaker"] for q in quotes] == ["Three Spires Academy Trust", "governors of both schools"]


def test_listeners_are_not_speakers(nlp_pipeline):
    q = one(quotes_of(nlp_pipeline, "At a meeting on Thursday, residents were told: “There is no more money for this.”"))
    assert q["speaker"] is None


def test_quote_paragraph_after_reported_speech(nlp_pipeline):
    text = ("Parents have set up a petition. Its organiser, Nadia Brooks, said most families found out by letter.\n\n"
            "“Food cooked miles away is not the same as food cooked on site.”")
    q = one(quotes_of(nlp_pipeline, text))
    assert q["speaker"] == "Nadia Brooks"


# ---- the dev set (a regression guard; the benchmark reports the full figures) ------------------
def test_dev_set_speaker_f1(nlp_pipeline):
    dev = Path(__file__).resolve().parent / "data" / "quotes_dev.json"
    if not dev.exists():
        pytest.skip("tests/data/quotes_dev.json not present")
    articles = json.loads(dev.read_text(encoding="utf-8"))
    s = quote_benchmark.score(articles, quote_benchmark.ours(nlp_pipeline, articles))
    assert s["speaker"][2] >= 0.99
    # Two of the 19 annotated multi-paragraph quotes (dev020, dev038) continue in a paragraph
    # that names the speaker again ("“...,” she said. “...”"): that paragraph is now its own
    # quote, as real news annotations (PolNeAR, the blind UK sets) have it. The rest stay whole.
    assert s["multi_whole"] >= s["multi"] - 2


def test_joint_speakers_are_named_together(nlp_pipeline):
    q = one(quotes_of(nlp_pipeline, "Jane Cole and Peter Marsh, both governors, said in a joint statement: “We have resigned.”"))
    assert q["speaker"] == "Jane Cole and Peter Marsh" and q["person"] is None


def test_named_spokesperson_is_the_person(nlp_pipeline):
    q = one(quotes_of(nlp_pipeline, "Labour's education spokesperson, Cllr Amina Khan, said: \"The Tories have failed our children.\""))
    assert q["speaker"] == "Amina Khan"


def test_inverted_common_noun_speaker(nlp_pipeline):
    text = "Councillors voted in favour.\n\n“This is a disgrace,” shouted one woman from the public gallery."
    assert one(quotes_of(nlp_pipeline, text))["speaker"] == "one woman"


def test_leaflets_without_an_author_have_no_speaker(nlp_pipeline):
    text = ("Leaflets that appeared across the town last week claimed: "
            "“Your school is being sold off and nobody will tell you who is buying it.”")
    assert one(quotes_of(nlp_pipeline, text))["speaker"] is None


def test_colon_introduces_the_next_speaker(nlp_pipeline):
    text = ("Songwriters Caitlyn Smith and Kate Brown wrote the song together. “It’s a totally different muscle,” "
            "Brown said. Smith agreed: “It’s a different job altogether.”")
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["speaker"] for q in quotes] == ["Kate Brown", "Caitlyn Smith"]


def test_meeting_heard_is_not_a_speaker(nlp_pipeline):
    text = "Governors met on Monday.\n\nThe meeting heard: “The trust has not shared a budget forecast since September.”"
    assert one(quotes_of(nlp_pipeline, text))["speaker"] is None


def test_pronoun_does_not_skip_an_unknown_speaker(nlp_pipeline):
    # the model does not tag "Tarun Basu" as a person; "he" must not become Mr Hammond
    text = ("Mr. Hammond spoke on Monday.\n\nTarun Basu, a trade professor at Keele, said the minister’s "
            "“restless style” had slowed the talks. “By promising a deal by Easter and then failing "
            "to deliver it, the minister has spent his credibility,” he said.")
    speakers = [q["speaker"] for q in quotes_of(nlp_pipeline, text)]
    assert speakers == ["Tarun Basu", "Tarun Basu"]


# ---- generic fixes from the held-out v1 review (sentences written for these tests) --------
@pytest.mark.parametrize("text, name, org", [
    ("NAHT branch secretary for Devon, Martin Oakes, said the cuts had left schools “on their knees”.",
     "Martin Oakes", "NAHT"),
    ("UNISON regional organiser for the West Midlands, Jo Bloggs, said the deal was “a disgrace”.",
     "Jo Bloggs", "UNISON"),
    ("NEU district secretary Sam Smith said the plan was “a disgrace”.", "Sam Smith", "NEU"),  # the text's own form
    ("GMB organiser Kay Lee told the Star: “We will fight this all the way.”", "Kay Lee", "GMB"),
])
def test_role_before_name_with_org_gives_the_person(nlp_pipeline, text, name, org):
    q = speaker_of(nlp_pipeline, text)
    assert (q["speaker"], q["speaker_org"]) == (name, org)


def test_role_without_a_name_is_not_the_organisation(nlp_pipeline):
    q = speaker_of(nlp_pipeline, "The GMB branch secretary said the offer was “an insult to cleaners”.")
    assert (q["speaker"], q["speaker_org"]) == ("GMB branch secretary", "GMB")


def test_surname_and_pronoun_link_to_the_full_name(nlp_pipeline):
    text = ("Winger Callum Dunsmore scored the winner in the last minute.\n\n"
            "Dunsmore, who trains as an electrician, said the goal was “the sweetest I have had”.\n\n"
            "“I shut my eyes and swung,” he said. “Then the whole ground went up.”")
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["speaker"] for q in quotes] == ["Callum Dunsmore", "Callum Dunsmore"]
    assert quotes[1]["text"] == "I shut my eyes and swung, Then the whole ground went up."


def test_the_spokesperson_again_is_the_one_introduced(nlp_pipeline):
    text = ("A spokeswoman for Brookfield Academy Trust said the review had been fair.\n\n"
            "“We have listened to every parent who wrote to us,” the spokeswoman added.")
    q = speaker_of(nlp_pipeline, text)
    assert (q["speaker"], q["speaker_org"]) == ("spokeswoman for Brookfield Academy Trust", "Brookfield Academy Trust")


@pytest.mark.parametrize("name", ["Kirkby Vale Academy Trust", "Greater Ashford Multi-Academy Trust",
                                  "Harbour View Learning Partnership"])
def test_org_names_by_pattern_are_taken_whole(nlp_pipeline, name):
    q = speaker_of(nlp_pipeline, f"{name} said: “We will write to every family this week.”")
    assert (q["speaker"], q["speaker_org"]) == (name, name)


def test_short_form_of_a_company_is_the_full_name(nlp_pipeline):
    text = ("Cleaners were moved to Brightwell Facilities Ltd in 2021.\n\n"
            "Brightwell Facilities said in a statement that the offer was “fair and final”.")
    assert speaker_of(nlp_pipeline, text)["speaker"] == "Brightwell Facilities Ltd"


def test_the_words_of(nlp_pipeline):
    text = ("“Nobody asked the dinner staff what they thought.” Those were the words of Lena Hurst, "
            "a cook at the school for nine years.")
    assert speaker_of(nlp_pipeline, text)["speaker"] == "Lena Hurst"


def test_document_without_issuer_is_no_speaker(nlp_pipeline):
    text = "According to the figures, spending had fallen by “more than a third in two years”."
    q = speaker_of(nlp_pipeline, text)
    assert q["speaker"] is None


def test_partial_quotes_after_finding_verbs_and_relative_clauses(nlp_pipeline):
    text = ("Inspectors who visited Elm Grove Academy found that pupils were “calm, polite and curious”.\n\n"
            "The school is run by Lowfield Academy Trust, which said rising costs had made the site “unsustainable”.")
    quotes = quotes_of(nlp_pipeline, text)
    assert [(q["speaker"], q["kind"]) for q in quotes] == [("Inspectors", "partial"), ("Lowfield Academy Trust", "partial")]


def test_speaker_org_from_its_whose_possessive_and_on_behalf(nlp_pipeline):
    text = ("Thornbury Schools Trust, which runs six schools, is cutting 40 jobs.\n\n"
            "Its chief executive, Dr Omar Haddad, said: “We have no other choice.”\n\n"
            "The academy belongs to Castlegate Learning Trust, whose chair Irene Wolfe said the move was “overdue”.\n\n"
            "Castlegate’s finance director, Neil Armitage, said: “The numbers do not add up.”\n\n"
            "Dr Kate Rudd, who spoke on behalf of the Millbrook Residents Association, told the meeting: "
            "“The lane cannot take more traffic.”")
    got = [(q["speaker"], q["speaker_org"]) for q in quotes_of(nlp_pipeline, text)]
    assert got == [("Omar Haddad", "Thornbury Schools Trust"), ("Irene Wolfe", "Castlegate Learning Trust"),
                   ("Neil Armitage", "Castlegate Learning Trust"), ("Kate Rudd", "Millbrook Residents Association")]


def test_the_role_again_is_the_one_introduced(nlp_pipeline):
    text = ("One parent, who asked not to be named, said the letter came too late.\n\n"
            "“We found out from a post on Facebook,” the parent said.")
    assert speaker_of(nlp_pipeline, text)["speaker"] == "One parent"
    text = ("Headteacher Joyce Ambler said the school would stay open.\n\n"
            "“Our pupils come first,” the headteacher added.")
    assert speaker_of(nlp_pipeline, text)["speaker"] == "Joyce Ambler"
    text = ("Rita Okafor, head of Moss Lane Primary School, said the plans were rushed.\n\n"
            "“We were given two days to respond,” the head said.")
    assert speaker_of(nlp_pipeline, text)["speaker"] == "Rita Okafor"


def test_finding_verb_does_not_reach_across_a_coordination(nlp_pipeline):
    text = "Police found the van near the depot, and the council described the clean-up as “a shambles”."
    q = speaker_of(nlp_pipeline, text)
    assert (q["speaker"], q["speaker_org"]) == ("council", None)


def test_role_without_a_name_keeps_its_possessive_org(nlp_pipeline):
    q = speaker_of(nlp_pipeline, "UNISON's general secretary said the cuts were “a betrayal of carers”.")
    assert (q["speaker"], q["speaker_org"]) == ("general secretary", "UNISON")


def test_document_issuer_from_report_and_accounts(nlp_pipeline):
    text = ("Moorside Learning Alliance’s annual report and accounts were filed in May.\n\n"
            "According to the accounts, the rise reflected “the cost of taking on four more schools”.")
    q = speaker_of(nlp_pipeline, text)
    assert (q["speaker"], q["speaker_org"]) == ("Moorside Learning Alliance", "Moorside Learning Alliance")


def test_found_without_a_that_clause_is_not_a_finding(nlp_pipeline):
    text = "Later the two singers found themselves swept up in “the whole circus of it all”."
    assert quotes_of(nlp_pipeline, text) == []


# ---- quotes on news written by others (issue 13; sentences written for these tests) ------
def test_dash_attribution(nlp_pipeline):
    text = "Row\n\nThe plan drew criticism.\n\n“This is a betrayal of every family in the county.” ― Maria Delgado"
    assert one(quotes_of(nlp_pipeline, text))["speaker"] == "Maria Delgado"


def test_colon_introduction_with_a_name(nlp_pipeline):
    text = "Row\n\nThe plan drew criticism.\n\nCllr Anne Booth: “The numbers do not add up and everyone here knows it.”"
    assert one(quotes_of(nlp_pipeline, text))["speaker"] == "Anne Booth"


def test_second_cue_starts_a_second_quote(nlp_pipeline):
    text = "Row\n\n“We cannot afford this,” Tom Reeve said, adding later, “The trust must pay its share.”"
    quotes = quotes_of(nlp_pipeline, text)
    assert len(quotes) == 2 and {q["speaker"] for q in quotes} == {"Tom Reeve"}


def test_us_titles_and_initials_do_not_end_the_attribution(nlp_pipeline):
    text = "Vote\n\n“We will not stand by while jobs go,” said Sen. J. R. Hollis, who chairs the committee."
    assert one(quotes_of(nlp_pipeline, text))["speaker"] == "J. R. Hollis"


def test_pronoun_goes_to_the_salient_speaker_not_the_latest_name(nlp_pipeline):
    text = ("Defence\n\nAccording to Gen. Marcus Hale, morale has fallen because of Peter Walsh's policies. "
            "“We are on our fourth defence secretary in six years,” he said.")
    assert one(quotes_of(nlp_pipeline, text))["speaker"] == "Marcus Hale"


def test_it_resolves_to_the_organisation_speaking(nlp_pipeline):
    text = ("Trust\n\nThe Riverside Learning Trust said the plan was sound. "
            "“We have consulted widely and the response has been positive,” it said.")
    assert one(quotes_of(nlp_pipeline, text))["speaker"] == "Riverside Learning Trust"


def test_the_councillor_is_the_named_councillor(nlp_pipeline):
    text = ("Schools\n\nCllr Steve Carmody, cabinet member for education, said the council would help.\n\n"
            "“The academy system was meant to bring accountability,” the councillor said.")
    assert speaker_of(nlp_pipeline, text)["speaker"] == "Steve Carmody"


def test_quote_attributed_in_the_next_paragraph(nlp_pipeline):
    text = ("Anger\n\n“We found out from a Facebook group. That is how much they think of us.”\n\n"
            "Those were the words of Leanne Foster, whose children attend the school.")
    assert one(quotes_of(nlp_pipeline, text))["speaker"] == "Leanne Foster"


def test_enrich_stores_confidence_and_spans(tmp_path, nlp_pipeline):
    import json as json_mod

    from newswatch.store import connect
    from newswatch.store.findings import write_findings
    from nlp.enrich import stored_findings
    from nlp.findings import doc_to_findings

    title, body = "Row", "“We have no choice,” said Cllr Anne Booth. “The grant has gone.”"
    text = f"{title}\n\n{body}"
    db = connect(tmp_path / "news.db")
    db["articles"].insert({"id": 1, "url": "https://example.test/1", "source": "test", "title": title, "body": body})
    with db.conn:
        write_findings(db, 1, stored_findings(doc_to_findings(nlp_pipeline(text)), len(title) + 2, True))
    row = next(db.query("SELECT start, end, spans, confidence FROM quotes"))
    spans = json_mod.loads(row["spans"])
    assert [body[s:e] for s, e in spans] == ["We have no choice,", "The grant has gone."]
    assert (row["start"], row["end"]) == (spans[0][0], spans[-1][1]) and row["confidence"] >= 0.9
    view = next(db.query("SELECT confidence, attribution FROM quotes_view"))
    assert view["attribution"] == "sure (0.9 or more)"
    assert list(db.query("SELECT * FROM quotes_to_check")) == []


# ---- second round of issue 13 --------------------------------------------------------------
def test_the_verdict_of_names_the_speaker_of_the_quote_before(nlp_pipeline):
    text = ("‘I have had staff ringing me in tears because their wages have not gone in.’\n\n"
            "That was the verdict of Carol Penhaligon, headteacher of Laira Green Primary School, "
            "as the new payroll service entered its third month.")
    q = one(quotes_of(nlp_pipeline, text))
    assert q["speaker"] == "Carol Penhaligon"


def test_colon_introduction_with_a_particle(nlp_pipeline):
    text = ("Apology\n\nDominic Frith wrote to parents on Tuesday.\n\n"
            "In the letter, Mr Frith went on: “Pupils were supervised at all times, but supervision is not teaching.”")
    q = one(quotes_of(nlp_pipeline, text))
    assert (q["cue"], q["text"]) == ("went", "Pupils were supervised at all times, but supervision is not teaching.")


def test_pronoun_reaches_a_speaker_the_entity_model_missed(nlp_pipeline):
    # whatever the model makes of the names, "she" is the spokeswoman who was just
    # reported speaking, not the union official before her
    text = ("Supply teachers\n\nKaren Loxley, local association secretary for the NASUWT, said the union had "
            "warned the trust. “If you put all your eggs in one basket, do not be surprised when it breaks,” she said.\n\n"
            "Bethany Ward, a spokeswoman for ClassCover Recruitment Ltd, said the fault had been fixed within hours. "
            "“We have apologised to the trust and put extra checks in place,” she said.")
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["speaker"] for q in quotes] == ["Karen Loxley", "Bethany Ward"]


def test_guessed_gender_does_not_rule_out_the_only_speaker(nlp_pipeline):
    # "he" in her sentence is her son: she is still the one who can be "she"
    text = ("Transport\n\nRosa Albright, whose autistic son attends a special school in Witham, said he had "
            "missed four days. “He can't just hop on a bus. Routine is everything for him,” she said.")
    q = one(quotes_of(nlp_pipeline, text))
    assert q["speaker"] == "Rosa Albright"


@pytest.mark.parametrize("after", [
    "That was how Margaret Wilson, regional organiser for UNISON, summed up the ballot result.",
    "Margaret Wilson, regional organiser for UNISON, was speaking after support staff voted to strike.",
])
def test_sentence_after_an_opening_quote_names_its_speaker(nlp_pipeline, after):
    text = f"Strike vote\n\n‘If they think a call centre can do this job, they have never visited the office.’\n\n{after}"
    q = one(quotes_of(nlp_pipeline, text))
    assert q["speaker"] == "Margaret Wilson"
