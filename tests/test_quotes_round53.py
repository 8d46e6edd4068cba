"""Quotes left with no speaker (issue 13, round quotes-53): "another" as a reporting verb's
subject is an unnamed speaker (tests/test_quotes_us_spans.py), but not when a participle or a
"which" clause makes it a thing; and he/she with no one of that gender named in the salience
window is the person of that gender the article has named most often (a profile's subject,
quoted again after others have spoken). Every text is written for this file; each test
fails when its rule is taken out. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations



def _pairs(nlp, text):
    """(speaker, words) of each quote the pipeline finds in text (headline first)."""
    return [(q["speaker"], q["text"]) for q in nlp(text)._.quotes]


def test_another_thing_is_no_speaker(nlp_pipeline):
    text = ("Two surveys\n\n"
            "One survey of tenants was positive. Another, carried out in May, found the repairs \"slow\".")
    assert all(s != "another" for s, _ in _pairs(nlp_pipeline, text))


def test_profile_subject_after_other_speakers(nlp_pipeline):
    text = ("Forty years behind the counter\n\n"
            "Marjorie Pollard opened the village shop in Lower Frampton in 1984.\n\n"
            "Marjorie Pollard still unlocks the door at six every morning.\n\n"
            "The parish council chairman, Colin Webb, said the shop had kept the village going. "
            "\"Without it we would have nothing,\" he said.\n\n"
            "A supplier, Tony Marsh, said orders had doubled since the pandemic. \"It never stops,\" he said.\n\n"
            "The post office counter closed in 2019. The bus now runs twice a day. "
            "The pub shut last spring. The school has forty pupils.\n\n"
            "Customers come from three villages. Parking is tight on Saturdays.\n\n"
            "What next? She laughs. \"Another forty years, if my knees allow it,\" she says.")
    pairs = _pairs(nlp_pipeline, text)
    assert ("Marjorie Pollard", "Another forty years, if my knees allow it,") in pairs


def test_no_profile_subject_when_two_people_of_that_gender_tie(nlp_pipeline):
    text = ("Twins run the bakery\n\n"
            "Ruth Ames and Clare Ames took over the bakery in 2001.\n\n"
            "A regular, Paul Dent, said the bread was the best in the county. \"I come every day,\" he said.\n\n"
            "The ovens date from 1962. The flour comes from a mill in Dorset. "
            "The shop opens at seven. The queue forms at half past six.\n\n"
            "Prices have risen twice this year. The rent has gone up too.\n\n"
            "\"We are not going anywhere,\" she says.")
    pairs = _pairs(nlp_pipeline, text)
    assert all(s not in {"Ruth Ames", "Clare Ames"} for s, _ in pairs)


def test_no_profile_subject_when_a_relative_is_named_just_before(nlp_pipeline):
    text = ("A life in the kitchen\n\n"
            "Wendy Lusk has run the kitchen at Hollin Bank Primary since 1998.\n\n"
            "Wendy Lusk cooks for 300 children a day.\n\n"
            "The head, Martin Crane, said she would be hard to replace. \"She is the school,\" he said.\n\n"
            "The kitchen was rebuilt in 2012. The menu changes every three weeks. "
            "The hall seats ninety. Lunch runs in three sittings.\n\n"
            "Q: Where did it start?\n\n"
            "A: My aunt ran a cafe in Leeds, and she always told me 'feed them first, talk later'.")
    assert all(s != "Wendy Lusk" for s, q in _pairs(nlp_pipeline, text) if q.startswith("feed them"))
