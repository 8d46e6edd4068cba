"""How sure an attribution is: a 0-1 confidence per quote (placeholder until calibrated)."""
from __future__ import annotations


def confidence(quote, who) -> float:
    return 1.0 if who.speaker else 0.5
