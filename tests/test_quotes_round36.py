"""Speakers of issue 13's thirty-sixth round: quotes whose source is a document, credited to
whoever issued it (documents.py: a relative clause naming the issuer, another word for the
same document, a paper to a council forum, "described in a report as", "It says" opening the
paragraph after the document; readouts.py; cues.py). Every text is written for this file.
`nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import speaker_with


def test_a_relative_clause_without_a_pronoun_names_the_issuer(nlp_pipeline):
    text = ("Parking charges\n\n"
            "Staff at Ashgrove Learning Trust were told of the parking charges in an email the trust sent on Monday. "
            "\"We have no choice but to charge for spaces from September,\" the email said.")
    assert speaker_with(nlp_pipeline, text, "no choice but to charge") == "Ashgrove Learning Trust"


def test_the_report_is_the_review_named_before(nlp_pipeline):
    text = ("Bus contract\n\n"
            "The review by consultants Marbeck Partners, paid for by the county council, looked at every school route. "
            "According to the report, the routes were \"poorly planned and badly priced\".")
    assert speaker_with(nlp_pipeline, text, "poorly planned") == "Marbeck Partners"


def test_a_paper_to_a_council_forum_named_in_an_earlier_sentence(nlp_pipeline):
    text = ("Nursery funding\n\n"
            "According to a report to Densby Council's early years forum, nine nurseries are losing money. "
            "The report warns that some could close \"within a year unless rates go up\".")
    assert speaker_with(nlp_pipeline, text, "within a year") == "Densby Council"


def test_described_in_a_report_is_the_reports_words_not_the_nouns(nlp_pipeline):
    text = ("Sports hall\n\n"
            "Corbridge Borough Council will open the hall on Sundays. The new timetable, described in a report to "
            "the executive as \"a sensible compromise for every club\", will start in May.")
    assert speaker_with(nlp_pipeline, text, "a sensible compromise") == "Corbridge Borough Council"


def test_it_opening_the_paragraph_after_an_inspection_report(nlp_pipeline):
    text = ("Swimming\n\n"
            "Inspectors spent two days at Fenwick Primary School in March, Ofsted said. Their report came out on Monday.\n\n"
            "It says teaching is \"consistently strong in every year group\" and that pupils \"feel safe and listened to\".")
    assert speaker_with(nlp_pipeline, text, "consistently strong") == "Ofsted"
    assert speaker_with(nlp_pipeline, text, "feel safe") == "Ofsted"


def test_a_schools_policy_speaks_for_the_school(nlp_pipeline):
    text = ("Uniform\n\n"
            "Parents have complained about Hollybrook Academy's rules. The academy's policy says trousers "
            "\"must be black and bought from the school shop\".")
    assert speaker_with(nlp_pipeline, text, "must be black") == "Hollybrook Academy"


def test_the_writer_named_in_the_next_sentence(nlp_pipeline):
    text = ("Ferry\n\n"
            "The crossings were cut in what a leaked memo called \"a temporary measure while we recruit\". "
            "The memo was sent to staff by operations manager Kate Lyle on Tuesday.")
    assert speaker_with(nlp_pipeline, text, "a temporary measure") == "Kate Lyle"


def test_a_document_with_no_issuer_has_no_speaker(nlp_pipeline):
    # guard: no issuer anywhere, no organisation the words could belong to
    text = ("Pier repairs\n\n"
            "The pier has been shut since the storm. According to the minutes, the meeting about it was "
            "\"short, loud and bad-tempered from start to finish\".")
    assert speaker_with(nlp_pipeline, text, "short, loud") is None


def test_according_to_a_document_without_issuer_leaves_the_reporter_to_speak(nlp_pipeline):
    text = ("Ski trip\n\n"
            "According to a letter sent to parents, Oakridge Primary School has concluded that the ski trip is "
            "\"no longer affordable for most families\".")
    assert speaker_with(nlp_pipeline, text, "no longer affordable") == "Oakridge Primary School"



def test_a_speaker_inside_a_documents_clause_keeps_the_quote(nlp_pipeline):
    # guard: the minutes report what someone said; the words are that person's
    text = ("Canteen costs\n\n"
            "The minutes of Ridgeway School's finance committee, posted on the school's website, show that bursar "
            "Dr Alan Fenwick told governors the canteen was \"losing money every single week\" because of rising "
            "food prices.")
    assert speaker_with(nlp_pipeline, text, "losing money") == "Alan Fenwick"


def test_a_document_saying_something_inside_another_speakers_report(nlp_pipeline):
    # "Parents said they got a letter ... saying ‘...’": the letter's words, its issuer's
    text = ("Closure\n\n"
            "Parents said they got a letter from Hillside Academy on Friday saying the school would close "
            "\"for at least a fortnight while the roof is fixed\".")
    assert speaker_with(nlp_pipeline, text, "for at least a fortnight") == "Hillside Academy"


def test_trustees_of_a_named_trust_speak_as_the_trust(nlp_pipeline):
    text = ("Chief executive's pay\n\n"
            "According to minutes of a meeting in May, trustees of Brightwater Learning Trust agreed to a rise for "
            "chief executive Tom Bale, describing his leadership as \"outstanding in every respect\".")
    assert speaker_with(nlp_pipeline, text, "outstanding in every") == "Brightwater Learning Trust"


def test_a_participle_hung_on_the_verb_of_receiving_the_document(nlp_pipeline):
    # the parser may hang "warning"/"telling" (and "from X") on "had"/"received", not on the email
    text = ("Shifts\n\n"
            "Drivers said they had an email from Corvale Buses warning that shifts would be "
            "\"cut back without any notice at all\".")
    assert speaker_with(nlp_pipeline, text, "cut back without") == "Corvale Buses"
    text = ("Meals\n\n"
            "Families said they received an email from Larchfield Academy on Sunday night telling them that "
            "lunches would be \"packed lunches only until further notice\".")
    assert speaker_with(nlp_pipeline, text, "packed lunches only") == "Larchfield Academy"


def test_a_term_in_a_statement_is_not_the_next_speakers(nlp_pipeline):
    # guard: the "In the statement, X said" of the next sentence names no issuer for a term
    # quoted before it
    text = ("Unions oppose 'learning walks'\n\n"
            "Three unions have published a joint statement calling on Kestrel Schools Trust to end its weekly "
            "'learning walks' in every classroom.\n\n"
            "In the statement, Dana Whitlock, the NEU's district secretary, said the visits were causing "
            "'real stress for staff'.")
    quotes = [q for q in nlp_pipeline(text)._.quotes if "learning walks" in q["text"] and q["paragraph"] > 0]
    assert all(q["speaker"] != "Dana Whitlock" for q in quotes)
