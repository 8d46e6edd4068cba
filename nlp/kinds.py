"""Organisation kinds: the one list of what an organisation found in the news can be.

The gazetteer's data files (nlp/data/gazetteer/*.jsonl), the kind inference
(nlp/components/org_kinds.py) and the stored `entities.kind` all use these names;
the classifier counts mentions of each kind but OTHER (nlp/classifier/features.py).
"""
from __future__ import annotations

OTHER = "other"
"""The catch-all kind: an organisation that is none of the named kinds."""

KINDS = ("academy_trust", "school", "union", "council", "company", "government", OTHER)
"""Every kind, in this order (the classifier's feature columns follow it)."""
