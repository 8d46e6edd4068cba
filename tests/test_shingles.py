"""nlp/shingles.py: the one shingling rule, as crawler/extract.py and clustering use it."""
import re

from nlp.shingles import word_shingles


def test_word_shingles_are_lower_cased_runs_of_k_words_in_order():
    assert word_shingles("The Trust's plan, the TRUST'S plan", 2) == [
        ("the", "trust's"), ("trust's", "plan"), ("plan", "the"), ("the", "trust's"), ("trust's", "plan")]


def test_a_text_shorter_than_k_words_has_no_shingles():
    assert word_shingles("two words", 3) == []


def test_the_caller_says_what_a_word_is():
    assert word_shingles("don't stop", 2, re.compile(r"\w+")) == [("don", "t"), ("t", "stop")]
