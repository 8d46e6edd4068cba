"""`newswatch_org_kind_model`: a learned second opinion on what sort of body an organisation
is, for the names the gazetteer and the registers do not know.

The rules (nlp/components/org_kinds.py) read a kind from the shape of a name: "... Learning
Trust" is an academy trust, a plain "... Trust" too. Names outside those shapes are where
they fail: a trust called "... Foundation", "... Partnership" or "... Education", or a
railway, civic or almshouse trust. What the article says around the name tells them apart
("schools run by the X", "X, which runs nine academies", "the chief executive of X" against
"X, which runs steam trains", "a housing charity"). This component scores every
organisation of `doc._.orgs` with a multinomial logistic regression over

- the words of its names (canonical name and aliases), its last word, and the kind the
  rules read from the name (`rule=...`);
- the words around each of its mentions in the article (a few to the left, more to the
  right, and the two or three words next to the name).

and changes the kind only where the rules were guessing:
- a name whose kind came from the gazetteer or a register is never touched;
- a name read as `other` from its shape becomes an `academy_trust` when the model gives
  that kind probability >= `min_trust`;
- a name read as an `academy_trust` from its shape only (not described as one in the text)
  becomes the model's best other kind when the model gives `academy_trust` probability
  < `max_not_trust`.
Changed entries get `kind_source = "context"` (what the article says around the name
decided it, as for "X, a multi-academy trust"), keep the rules' answer in `rule_kind` and
the model's probability in `kind_p`.

The weights are a JSON file shipped in the package (nlp/models/org_kinds/model.json),
trained by `python -m nlp.components.org_kind_train` on articles the project wrote
(nlp/data/org_kinds/); nothing is downloaded.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.org_denials import grant_from
from nlp.components.org_evidence import OTHER_BODIES, described_otherwise, noun_before
from nlp.components.org_kinds import infer_kind, name_says_kind, says_academy_trust

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "org_kinds" / "model.json"
LEFT, RIGHT = 5, 8
_DIGITS = re.compile(r"\d")


def word_form(text: str) -> str:
    return _DIGITS.sub("0", text.lower())


def _stem(token) -> str:
    w = word_form(token.text)
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def name_features(names: list[str]) -> set[str]:
    """Features of an organisation's names: its words, the last word of each name, and the
    kind the rules read from the first (canonical) name."""
    feats = set()
    for k, name in enumerate(names):
        words = [word_form(w) for w in re.findall(r"[\w'’&-]+", name)]
        if not words:
            continue
        feats.update(f"n={w}" for w in words)
        feats.add(f"last={words[-1]}")
        if k == 0:
            feats.add(f"rule={infer_kind(name)}")
            feats.add(f"len={min(len(words), 4)}")
    return feats


def context_features(doc: Doc, start: int, end: int) -> set[str]:
    """Features of the words around one mention (token offsets), within its paragraph."""
    left, right = [], []
    for t in reversed(doc[max(0, start - 2 * LEFT):start]):
        if t.is_space and "\n" in t.text or len(left) == LEFT:
            break  # a paragraph break ends the window
        if not t.is_space:
            left.insert(0, t)
    for t in doc[end:min(len(doc), end + 2 * RIGHT)]:
        if t.is_space and "\n" in t.text or len(right) == RIGHT:
            break
        if not t.is_space:
            right.append(t)
    lw = [word_form(t.text) for t in left]
    rw = [word_form(t.text) for t in right]
    # single words: content words only, crudely stemmed ("runs", "run"; "schools", "school")
    feats = {f"l={_stem(t)}" for t in left if not (t.is_stop or t.is_punct)}
    feats |= {f"r={_stem(t)}" for t in right if not (t.is_stop or t.is_punct)}
    if lw:
        feats.add(f"l1={lw[-1]}")
    if len(lw) >= 2:
        feats.add(f"l2={lw[-2]} {lw[-1]}")
    if rw:
        feats.add(f"r1={rw[0]}")
    if len(rw) >= 2:
        feats.add(f"r2={rw[0]} {rw[1]}")
    if len(rw) >= 3:
        feats.add(f"r3={rw[0]} {rw[1]} {rw[2]}")
    return feats


def org_features(doc: Doc, names: list[str], mentions: list[tuple[int, int]]) -> set[str]:
    """All features of one organisation: its names and the context of every mention
    (character offsets, as in doc._.orgs)."""
    feats = name_features(names)
    for s, e in mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            feats |= context_features(doc, span.start, span.end)
    return feats


class KindModel:
    """A multinomial logistic regression stored as JSON: classes, intercepts and, per
    feature, one weight per class."""

    def __init__(self, classes: list[str], intercept: list[float], weights: dict[str, list[float]],
                 heads: list[str] = ()):
        if len(intercept) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
            raise ValueError("org kind model: weights do not match the classes")
        self.classes = list(classes)
        self.intercept = list(intercept)
        self.weights = weights
        # last words of the organisation names it was trained on ("foundation",
        # "partnership", "trust"): the words that end a body's name, unlike a place's
        self.heads = frozenset(heads)

    @classmethod
    def load(cls, path: str | Path) -> "KindModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(data["classes"], data["intercept"], data["weights"], data.get("heads", ()))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"cannot load the organisation kind model {path}: {exc}") from exc

    def to_json(self) -> dict:
        return {"classes": self.classes, "intercept": self.intercept, "weights": self.weights,
                "heads": sorted(self.heads)}

    def proba(self, feats: set[str]) -> dict[str, float]:
        scores = list(self.intercept)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                scores = [s + x for s, x in zip(scores, w)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}


class OrgKindModel:
    def __init__(self, name: str, model_path: str | None, min_trust: float, max_not_trust: float):
        self.name = name
        self.model = KindModel.load(model_path or DEFAULT_MODEL)
        self.min_trust = min_trust
        self.max_not_trust = max_not_trust

    def decide(self, org: dict, proba: dict[str, float]) -> str | None:
        """The kind to give `org` instead of the rules' one, or None to keep it. Only the
        rules' guesses are reopened: a name of two or more words that says nothing of its
        kind ("Harrowgate Foundation") but ends in a word that ends bodies' names in the
        training data (not a place: "County Durham"), and a trust the rules took from its shape alone
        that does not call itself an academy trust ("Dunsford Civic Trust")."""
        if org["kind_source"] != "name":
            return None
        name = org["name"]
        p_trust = proba.get("academy_trust", 0.0)
        words = name.split()
        if org["kind"] == "other" and p_trust >= self.min_trust and len(words) > 1 \
                and word_form(words[-1]) in self.model.heads and not name_says_kind(name):
            return "academy_trust"
        if org["kind"] == "academy_trust" and p_trust < self.max_not_trust and not says_academy_trust(name):
            return max((k for k in proba if k != "academy_trust"), key=proba.__getitem__)
        return None

    @staticmethod
    def _described_otherwise(doc: Doc, org: dict) -> bool:
        for s, e in org["mentions"]:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and (described_otherwise(doc, span.end, OTHER_BODIES)
                                     or noun_before(doc, span.start, OTHER_BODIES) or grant_from(doc, span.start)):
                return True  # "X, a national charity", "the charity X", "a grant from X"
        return False

    def __call__(self, doc: Doc) -> Doc:
        for org in doc._.orgs or ():
            if org["kind_source"] != "name":
                continue  # the gazetteer, a register or the text itself said what it is
            names = [org["name"]] + [a["alias"] for a in org["aliases"] if a["source"] == "text"]
            proba = self.model.proba(org_features(doc, names, org["mentions"]))
            org["kind_p"] = round(proba.get(org["kind"], 0.0), 3)
            kind = self.decide(org, proba)
            if kind == "academy_trust" and self._described_otherwise(doc, org):
                kind = None  # "X, a national charity": the text says what it is
            if kind is not None and kind != org["kind"]:
                org.update(rule_kind=org["kind"], kind=kind, kind_source="context", kind_p=round(proba[kind], 3))
        return doc


@Language.factory(
    "newswatch_org_kind_model",
    default_config={"model_path": None, "min_trust": 0.5, "max_not_trust": 0.2},
)
def make_org_kind_model(nlp: Language, name: str, model_path: str | None, min_trust: float,
                        max_not_trust: float) -> OrgKindModel:
    return OrgKindModel(name, model_path, min_trust, max_not_trust)

