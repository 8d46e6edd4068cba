"""newswatch's spaCy components. Importing this package registers the factories:
newswatch_paragraphs, newswatch_orgs, newswatch_people, newswatch_quotes."""
from nlp.components import orgs, paragraphs, people, quotes, speaker_orgs  # noqa: F401
