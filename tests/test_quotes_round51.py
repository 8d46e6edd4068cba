"""Wrong speakers on US news (issue 13, round quotes-51): a "who" clause after a list of names,
people named together, a role noun a title stands for ("the Kansas senator" after "Sen. X"),
and a he/she the parser gave a cue beside a name. Every text is written for this file; each
case fails when its rule is taken out (the last of each group guards what must not change).
`nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

import pytest

from nlp_fixtures import attributions

# misparses.py `name_before_who`, named_together.py
WHO_AFTER_A_LIST = [
    ("Guests included Tom Hale, Ann Rudd and Priya Shah, who said, \"It was a lovely day for everyone.\"",
     "Priya Shah"),
    ("The panel heard from Marek Nowak, Ines Duarte and Kofi Mensah, who warned that the budget was "
     "\"simply not enough\".", "Kofi Mensah"),
    ("At the fair were stallholders Bea Lund, Omar Haddad and Lena Ortiz, who quipped: "
     "\"We sold out of scones by ten.\"", "Lena Ortiz"),
    ("Priya Shah and Tom Hale said the plan was \"a disgrace\".", "Priya Shah and Tom Hale"),
]

# speakers.py: ROLE_SYNONYMS nouns with words before them
TITLE_HOLDERS = [
    ("Sen. Hal Brodsky (R-Kan.) left the chamber early. The Kansas senator later called the bill "
     "\"a gift to lobbyists\".", "Hal Brodsky"),
    ("Rep. Dana Whitlow (D-Ore.) toured the dam on Friday. \"We cannot wait another decade,\" "
     "the Oregon congresswoman said.", "Dana Whitlow"),
    ("Employment Judge Ruth Acari heard the claim in May. The tribunal judge said the dismissal was "
     "\"plainly unfair\".", "Ruth Acari"),
    ("The senior senator called the bill \"a gift to lobbyists\" on Tuesday.", "senior senator"),
]

# cues.py ASKED_TAG with context.py PERSON_PRONOUNS
PRONOUN_BESIDE_A_NAME = [
    ("The trust's finance director, Dr Mina Shah, said the accounts were sound. Pressed by the committee "
     "chair, Cllr Ruth Evans, on whether jobs would go, she said: \"I cannot rule anything out.\"", "Mina Shah"),
    ("The depot manager, Alan Cooke, said the bins had been logged. Asked by the coroner, Dr Peter Lowe, "
     "why not, he said: \"I have no good answer.\"", "Alan Cooke"),
    ("The site manager, Omar Reid, admitted the gate was faulty. Challenged by the inspector, Karen Doyle, "
     "about the delay, he said: \"We were waiting for parts.\"", "Omar Reid"),
    ("Jo Bell, the administrator, said: \"Creditors will be paid in full.\"", "Jo Bell"),
    ("Residents quoted the cabinet member, Cllr Rosa Penn, at the meeting, when she called the plan "
     "\"a fresh start for the valley\".", "Rosa Penn"),
]


@pytest.mark.parametrize("text,speaker", WHO_AFTER_A_LIST + TITLE_HOLDERS + PRONOUN_BESIDE_A_NAME)
def test_speaker(nlp_pipeline, text, speaker):
    assert [s for s, _ in attributions(nlp_pipeline, text)] == [speaker]
