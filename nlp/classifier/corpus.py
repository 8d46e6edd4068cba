"""The bundled training corpus: nlp/data/corpus/*.jsonl, one article per line.

Each line: {"id", "headline", "text" (paragraphs separated by a blank line),
"relevant": bool, "topics": [...], "group": "relevant" | "hard_negative" | "general"}.
"""
from __future__ import annotations

import json
from pathlib import Path

from .labels import TOPICS

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "corpus"
GROUPS = ("relevant", "hard_negative", "general")


class CorpusError(ValueError):
    """A corpus file has a malformed line."""


def _check(record: object, where: str) -> dict:
    if not isinstance(record, dict):
        raise CorpusError(f"{where}: expected a JSON object")
    for field, kind in (("id", str), ("headline", str), ("text", str), ("relevant", bool), ("topics", list)):
        if not isinstance(record.get(field), kind):
            raise CorpusError(f"{where}: field {field!r} must be a {kind.__name__}")
    unknown = [t for t in record["topics"] if t not in TOPICS]
    if unknown:
        raise CorpusError(f"{where}: unknown topics {unknown}; known: {', '.join(TOPICS)}")
    if record["topics"] and not record["relevant"]:
        raise CorpusError(f"{where}: topics given for an article that is not relevant")
    group = record.get("group") or ("relevant" if record["relevant"] else "general")
    if group not in GROUPS:
        raise CorpusError(f"{where}: unknown group {group!r}; known: {', '.join(GROUPS)}")
    return {
        "id": record["id"],
        "headline": record["headline"],
        "text": record["text"],
        "relevant": record["relevant"],
        "topics": sorted(set(record["topics"])),
        "group": group,
    }


def load_corpus(directory: str | Path | None = None) -> list[dict]:
    """Every article in every *.jsonl file of `directory` (default: the bundled corpus),
    in file-name then line order. Raises CorpusError naming the file and line of a bad
    record or a duplicate id."""
    directory = Path(directory) if directory else CORPUS_DIR
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise CorpusError(f"no *.jsonl corpus files in {directory}")
    examples: list[dict] = []
    seen: dict[str, str] = {}
    for path in files:
        with path.open(encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as e:
                    raise CorpusError(f"{where}: not valid JSON ({e})") from e
                example = _check(record, where)
                if example["id"] in seen:
                    raise CorpusError(f"{where}: duplicate id {example['id']!r} (first in {seen[example['id']]})")
                seen[example["id"]] = where
                examples.append(example)
    return examples
