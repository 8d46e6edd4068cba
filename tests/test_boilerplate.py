"""Tests for crawler.boilerplate: standalone boilerplate lines are dropped from the
extracted text, sentences that only mention the same words stay."""
from __future__ import annotations

from crawler.boilerplate import clean_paragraphs


def test_clean_paragraphs_drops_standalone_boilerplate_only():
    text = ("First real paragraph about the trust.\nRead more: Council cuts transport\n"
            "Sign up to our newsletter\nShare this article\nAdvertisement\n"
            "The head said she would read more widely about the plans.\nBy Jane Doe\n")
    assert clean_paragraphs(text) == [
        "First real paragraph about the trust.",
        "The head said she would read more widely about the plans.",
    ]
