"""Over-approximations match wherever their pattern matches.

The prefilter skips a pattern where its approximation finds nothing, and starts its searches
where the approximation's first match starts: if an approximation ever failed to match where
its pattern matches, a rule would silently miss a phrase. So the class tables are checked on
every code point, and every built-in prefiltered pattern and a thousand generated ones, in
both forms (greedy and lazy repeats), on real and generated texts.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import re2  # type: ignore[import-not-found,import-untyped,unused-ignore]
from generated_patterns import CLASS_ATOMS, REPEATS, random_texts, valid_patterns

import outreach_lint.rules  # noqa: F401 - registers the built-in prefiltered patterns
from outreach_lint import approximate, prefilter
from outreach_lint.approximate import over_approximations
from outreach_lint.fold import fold_text
from outreach_lint.patterns import compile_folded
from outreach_lint.prefilter import Prefiltered

TESTS = Path(__file__).parent
FILES = sorted(TESTS.glob("corpus/**/*.md")) + sorted(TESTS.glob("holdout/*.md"))
TEXTS = [fold_text(p.read_text(encoding="utf-8")) for p in FILES]
BUILTIN = list(prefilter._registered)


def _approximation_matches(source: str, flags: int, texts: list[str]) -> int:
    """Wherever the folded pattern finds a match, both approximations find one, starting no
    later; returns on how many of ``texts`` the pattern matched (what was really checked)."""
    made = over_approximations(source, flags)
    assert made is not None, source
    greedy, lazy = re2.compile(made.greedy), re2.compile(made.lazy)
    pattern = compile_folded(source, flags)
    matched = 0
    for text in texts:
        m = pattern.search(text)
        if m:
            for ours in (greedy, lazy):
                found = ours.search(text)
                assert found and found.start() <= m.start(), (source, text[:80])
            matched += 1
    return matched


ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("name", sorted(approximate._WIDE))
def test_class_tables_hold_what_python_matches(name: str) -> None:
    escape = {
        "CATEGORY_WORD": r"\w",
        "CATEGORY_NOT_WORD": r"\W",
        "CATEGORY_SPACE": r"\s",
        "CATEGORY_NOT_SPACE": r"\S",
        "CATEGORY_DIGIT": r"\d",
        "CATEGORY_NOT_DIGIT": r"\D",
    }[name]
    python = set("".join(re.findall(escape + "+", ALL_CHARS)))
    wide = set("".join(re2.findall(f"[{approximate._WIDE[name]}]+", ALL_CHARS)))
    narrow = set("".join(re2.findall(f"[{approximate._NARROW[name]}]+", ALL_CHARS)))
    assert python <= wide
    assert narrow <= python
    assert narrow == {c for c in python if c.isascii()}


def test_every_builtin_prefiltered_pattern_has_an_approximation() -> None:
    assert len(BUILTIN) >= 20
    for p in BUILTIN:
        assert over_approximations(p.source, p.flags) is not None, p.source


# Phrases of the patterns the labelled templates never use, so that each is checked on a match.
SAMPLES = [
    "You modelled flood frequency there, and this role is mostly that.",
    "we need someone to lead our data team.",
    "are you open to",
    "i'm not pitching you ",
    "a jedi of sql",
    "we need a coding wizard.",
    "your years in small animal practice at westway vets are why i'm writing.",
    "they want an hr business partner who has done it before.",
    "that is exactly the first project for our new senior backend engineer.",
    "because you already know cardiology terms in both languages, you would start well ahead.",
    "we spoke when you were looking to move from nights into a day-time supervisor role.",
    "a superstar, an a-player and a go-getter who can think outside the box",
    "tell me what you currently earn",
    "your lab has given you the kind of manipulation work this role needs.",
    "could you send me your last three payslips?",
    "ideally between 25 and 35 years old, or someone who is 25-35.",
    "i trust this email finds you well: it's a once-in-a-lifetime opportunity.",
    "our clients in kent are after two hcas.",
    "your interview for the staff nurse role is confirmed for tuesday.",
    "thanks for the call this morning.",
    "sign up today to get started.",
    "we have two qualified maths teachers available.",
    "congratulations again on accepting our training contract.",
    "we want you to do the same across 200 trucks.",
    "i hear your ward is after two band 5 nurses.",
]


@pytest.mark.parametrize("p", BUILTIN, ids=lambda p: p.source[:40])
def test_builtin_approximation_matches_wherever_the_pattern_does(p: Prefiltered) -> None:
    texts = TEXTS + [t.upper().lower() for t in TEXTS[::5]] + SAMPLES
    assert _approximation_matches(p.source, p.flags, texts), "add a sample it matches"


def test_generated_approximations_match_wherever_the_pattern_does() -> None:
    rng = random.Random(20261125)
    chars = "abcé \u00a0\u2003\n1\u0663_.-\u2014"  # no-break and em spaces, an Arabic 3
    texts = random_texts(rng, chars, 80, 30)
    checked = 0
    for source, flags in valid_patterns(rng, CLASS_ATOMS, REPEATS, 1500):
        checked += _approximation_matches(source, flags, texts) > 0
    assert checked > 1000  # patterns that matched some text: the others checked nothing


def test_patterns_it_cannot_approximate_are_left_alone() -> None:
    assert over_approximations(r"(a)\1") is None  # back-reference
    assert over_approximations(r"(?-i:NHS)") is None  # case-sensitive part: not foldable
