"""Random regular expressions for tests that compare two ways of matching on many patterns."""

from __future__ import annotations

import random
from collections.abc import Sequence


def random_pattern(
    rng: random.Random, atoms: Sequence[str], repeats: Sequence[str], depth: int = 0
) -> str:
    """A pattern of up to four parts: anchors, lookarounds, groups of alternatives (two levels
    deep at most) and ``atoms`` with one of ``repeats`` (only atoms repeat: nested repeats
    backtrack for ever on some texts)."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.15:
            parts.append(rng.choice([r"\b", r"\B", "^", "$"]))
        elif roll < 0.25:
            parts.append(rng.choice(["(?<!a)", "(?<=b)", "(?<!\\s)", "(?=c)", "(?!a)"]))
        elif roll < 0.45 and depth < 2:
            alternatives = [
                random_pattern(rng, atoms, repeats, depth + 1) for _ in range(rng.randint(2, 4))
            ]
            parts.append(rng.choice(["(?:", "("]) + "|".join(alternatives) + ")")
        else:
            parts.append(rng.choice(atoms) + rng.choice(repeats))
    return "".join(parts)
