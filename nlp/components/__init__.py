"""newswatch's spaCy components. Importing this package registers the factories:
newswatch_paragraphs, newswatch_orgs, newswatch_org_kind_model, newswatch_people, newswatch_quotes,
newswatch_speaker_orgs, newswatch_token_rules (the model's attribute ruler and lemmatizer, over arrays).
Each factory's module is the component; the modules it uses hold one job each (org_*.py for
organisations, person_*.py for people, quoting/ for quotes)."""
from nlp.components import org_kind_model, orgs, paragraphs, people, quotes, speaker_orgs  # noqa: F401
from nlp.components import token_rules  # noqa: F401
