"""Speakers of issue 13's twenty-seventh round (quote sets 39 and 40 and the classes they
share with older sets). Every text is written for this file. `nlp_pipeline` is the fixture
in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import speaker_with


# -- he/she after a person the report leaves unnamed ---------------------------------------------

def test_she_after_an_unnamed_worker_is_that_worker(nlp_pipeline):
    # the nearest named woman is not the speaker: the unnamed worker just reported speaking is
    text = ("Canteen portions shrink at Dunford schools\n\n"
            "The trust's finance director, Olwen Pryce, said: “We will look at the contract again.”\n\n"
            "A lunchtime supervisor at one of the schools, who did not want to be named, said pupils "
            "were still hungry. “Some of them come back for bread,” she said.")
    assert speaker_with(nlp_pipeline, text, "come back for bread") == "A lunchtime supervisor"


def test_she_after_a_named_person_is_still_that_person(nlp_pipeline):
    # guard: a named speaker of the sentence before keeps the pronoun
    text = ("Canteen portions shrink at Dunford schools\n\n"
            "A lunchtime supervisor said pupils were still hungry.\n\n"
            "Olwen Pryce, the trust's finance director, said the portions met the standards. "
            "“We will look at the contract again,” she said.")
    assert speaker_with(nlp_pipeline, text, "look at the contract") == "Olwen Pryce"


def test_she_after_a_spokesperson_is_the_spokesperson(nlp_pipeline):
    text = ("Bus route axed\n\n"
            "Kirsty Lamb, who chairs the parents' group, said families were angry.\n\n"
            "A spokesperson for Greyline Buses said the route had been losing money for years. "
            "“We looked at every option before making this decision,” she said.")
    assert speaker_with(nlp_pipeline, text, "looked at every option") == "spokesperson for Greyline Buses"


def test_he_after_a_spokeswoman_is_not_her(nlp_pipeline):
    # guard: the pronoun must agree with the noun
    text = ("Bus route axed\n\n"
            "Gareth Lamb, who chairs the parents' group, said families were angry.\n\n"
            "A spokeswoman for Greyline Buses said the route had been losing money. "
            "“We were never told,” he said.")
    assert speaker_with(nlp_pipeline, text, "never told") != "spokeswoman for Greyline Buses"
