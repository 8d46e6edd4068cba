"""The parts of the `newswatch_quotes` component, one job each: scan (quote marks),
sentences (bounds on the raw text), cues (attribution verbs and phrases), speakers (who a
subject is), confidence (how sure an attribution is). The component is nlp/components/quotes.py."""
