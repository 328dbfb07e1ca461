"""Random regular expressions for tests that compare two ways of matching on many patterns."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence

CLASS_ATOMS = ["a", "b", "é", "ab", r"\s", r"\w", r"\W", r"\d", r"\S", "[a-c]", "[^b]"]
CLASS_ATOMS += ["[^\\w]", "[\\d\\s]", "[^\\s\\d]", ".", "[-é]"]
"""Atoms for patterns on Unicode text: letters, class escapes, sets and negated sets."""
REPEATS = ["", "", "?", "*", "+", "{1,2}", "{0,3}?"]


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


def valid_patterns(
    rng: random.Random, atoms: Sequence[str], repeats: Sequence[str], tries: int
) -> Iterator[tuple[str, int]]:
    """Of ``tries`` random patterns, those ``re`` compiles, each with random flags."""
    for _ in range(tries):
        source = random_pattern(rng, atoms, repeats)
        try:
            re.compile(source)
        except re.error:
            continue
        yield source, rng.choice([0, re.MULTILINE, re.DOTALL])


def random_texts(rng: random.Random, chars: str, count: int, longest: int) -> list[str]:
    """``count`` texts of up to ``longest`` of ``chars``."""
    return ["".join(rng.choices(chars, k=rng.randint(0, longest))) for _ in range(count)]
