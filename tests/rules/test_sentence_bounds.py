"""The sentence bounds rules find without splitting a text into sentences (``common``): each
agrees with ``Message.sentence_at`` at every offset of generated texts and of the corpus."""

from __future__ import annotations

import random
from pathlib import Path

from conftest import scanned

from outreach_lint.patterns import compile_folded
from outreach_lint.rules.common import (
    found_before_in_sentence,
    in_one_sentence,
    sentence_ceiling,
    sentence_floor,
)

TESTS = Path(__file__).parent.parent
PIECES = [
    "Hi {{ first_name }},",
    "your {{ project }}",
    "you",
    "you're",
    " you have",
    "you\n\nhave",
    "youth",
    "your company ",
    "open to ",
    "a",
    "7",
    " ",
    "\n",
    "\n\n",
    " \n \n ",
    "\t",
    "\r\n",
    "\u2028",
    "\x1c",
    "\u00a0",
    ".",
    "!",
    "?",
    "?!",
    "...",
    '."',
    ".)\n",
    ")",
    "'",
    "e.g. ",
    "37.5 ",
    "\n- ",
    "\n1) ",
    "\u3002",
    "\uff1f",
    "\u061f",
    "{{ x }}",
]
_PATTERNS = [
    compile_folded(r"\byou(?:r|'ve|'re|\s+have)?\b"),
    compile_folded(r"\byour\s+(?:[\w-]+\s+)?(?:company|firm)\b|\byou\s+built\b"),
    compile_folded(r"\b(?:open|looking)\s+(?:to|for|on)?\s*$"),
]


def _texts() -> list[str]:
    rng = random.Random(20261127)
    generated = ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 16))) for _ in range(600)]
    files = sorted(TESTS.glob("corpus/**/*.md"))[::7]
    return generated + [p.read_text(encoding="utf-8") for p in files]


def test_bounds_found_without_sentences_are_those_of_the_sentences() -> None:
    for text in _texts():
        message = scanned(text)
        prose, folded = message.prose, message.folded
        step = 1 if len(prose) < 300 else 7
        for at in range(0, len(prose), step):
            sentence = message.sentence_at(at)
            assert sentence_floor(message, at) <= sentence.start, (text, at)
            assert sentence_ceiling(message, at) >= sentence.end, (text, at)
            for pattern in _PATTERNS:
                expected = pattern.search(folded, sentence.start, at) is not None
                assert found_before_in_sentence(message, pattern, at) == expected, (text, at)
            for start in (at - 1, at - 4, at - 15, sentence.start):
                if 0 <= start <= at and in_one_sentence(message, start, at):
                    assert sentence.start <= start <= at < sentence.end, (text, start, at)


def test_a_mark_or_a_blank_line_bounds_the_sentence() -> None:
    message = scanned('He said "go." Then you left.\n\nyour {{ project }} stands')
    prose = message.prose
    at = prose.index("\x1a")
    assert not in_one_sentence(message, prose.index("go"), prose.index("Then"))
    assert in_one_sentence(message, prose.index("your"), at)
    assert prose[sentence_floor(message, at) : at] == "\nyour "
    assert sentence_ceiling(message, prose.index("Then")) == prose.index("left.") + 5
    assert found_before_in_sentence(message, _PATTERNS[0], at)
    assert not found_before_in_sentence(message, _PATTERNS[0], prose.index("Then"))


_PAIRS = (". ", ".\n", "! ", "!\n", "? ", "?\n", "\n\n")


def test_the_bounds_are_the_nearest_mark_before_white_space_or_blank_line() -> None:
    for text in _texts():
        message = scanned(text)
        prose = message.prose
        step = 1 if len(prose) < 300 else 7
        for at in range(0, len(prose) + 2, step):
            before = max(prose.rfind(pair, 0, at) for pair in _PAIRS)
            assert sentence_floor(message, at) == before + 1, (text, at)
            after = [i for i in (prose.find(pair, at) for pair in _PAIRS) if i >= 0]
            expected = min(after) + 1 if after else len(prose)
            assert sentence_ceiling(message, at) == expected, (text, at)
