"""Every match contains one of the strings ``required_literals`` names for its pattern.

The prefilter skips a gated pattern's search on a text that holds none of those strings, so a
string named wrongly would make a rule miss a phrase without a word. Checked here on examples
(what is named, and where nothing can be), on every built-in prefiltered pattern over the
labelled templates, and on a thousand generated patterns (lookarounds, anchors, classes, groups,
optional parts) over generated texts: each match itself holds one of the strings.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from generated_patterns import REPEATS, random_texts, valid_patterns

import outreach_lint.rules  # noqa: F401 - registers the built-in prefiltered patterns
from outreach_lint import literals, prefilter
from outreach_lint.approximate import folded_tree
from outreach_lint.fold import fold_text
from outreach_lint.literals import MAX_LITERALS, may_match, required_literals
from outreach_lint.message import MASK
from outreach_lint.patterns import compile_folded

TESTS = Path(__file__).parent
FILES = sorted(TESTS.glob("corpus/**/*.md")) + sorted(TESTS.glob("holdout/*.md"))
TEXTS = [fold_text(p.read_text(encoding="utf-8")) for p in FILES]


def _literals(source: str, flags: int = 0) -> tuple[str, ...] | None:
    tree = folded_tree(source, flags)
    assert tree is not None, source
    return required_literals(tree)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(?:recent|new|fresh)(?:ly)?\s+grad(?:uate)?s?\b", ("grad",)),
        (r"hiring\s+managers?|recruitment\s+consultants?", ("manager", "recruitment")),
        (r"Rock\s*stars?", ("rock",)),  # folded: the pattern is meant for lower-cased text
        (r"(?:talk|speak)\s+soon", ("soon",)),
        (r"thanks|thank\s+you", ("thank",)),  # "thanks" holds "thank": one test is enough
        (r"a\b-b", ("a-b",)),  # "\b" is between characters that stay side by side
        (r"(?:ab){2,}c", ("ab",)),
        (r"x[y]z", ("xyz",)),
        (r"foo(?=bar)", ("foo",)),  # a lookahead's text need not be in the match
        (r"(?<=abc)de", ("de",)),
        (r"(?:abc)?d", ("d",)),
        # "you" is in nearly every template: two rarer words rule out more of them
        (r"(?:given|taught)\s+you", ("given", "taught")),
        (r"\b(?:to|who\s+can)\s+(?:lead|run|manage)\s+", ("run", "lead", "manage")),
    ],
)
def test_the_rarest_required_strings_are_named(source: str, expected: tuple[str, ...]) -> None:
    assert _literals(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        r"\w+",
        r"(?:grad)?",
        r"grad|\d+",  # one alternative needs no letter at all
        r"(?=grad)\w",
        r"[ab]c?",
        r"(?:x)*",
        "|".join(f"{c}zz" for c in "abcdefghijklmn"[: MAX_LITERALS + 1]),  # too many to test
    ],
)
def test_nothing_is_named_where_no_string_is_required(source: str) -> None:
    assert _literals(source) is None


@pytest.mark.parametrize(
    ("strings", "rate"),
    [
        (["a"], 1.0),
        (["of"], 1.0),
        (["hat"], 1.0),  # inside "that" and "what"
        (["pay"], 0.5),
        (["grad"], 0.25),
        (["twenties"], 0.1),
        (["twenties", "thirties"], 0.19),
        (["twenties", "you"], 1.0),
    ],
)
def test_a_requirement_passes_the_texts_holding_one_of_its_strings(
    strings: list[str], rate: float
) -> None:
    assert literals.pass_rate(frozenset(strings)) == pytest.approx(rate)


def _each_match_holds_one(source: str, flags: int, texts: list[str]) -> tuple[int, int]:
    """Every match of the folded pattern holds one of its strings; returns how many texts it
    matched and how many the strings ruled out (the two things a gate must get right)."""
    needs = _literals(source, flags)
    if needs is None:
        return 0, 0
    pattern = compile_folded(source, flags)
    matched = ruled_out = 0
    for text in texts:
        found = [m.group() for m in pattern.finditer(text)]
        for match in found:
            assert any(s in match for s in needs), (source, needs, match)
        matched += bool(found)
        ruled_out += not any(s in text for s in needs)
    return matched, ruled_out


def test_every_builtin_match_holds_a_required_string() -> None:
    gated = matched = ruled_out = 0
    for p in prefilter._registered:
        m, r = _each_match_holds_one(p.source, p.flags, TEXTS)
        gated += _literals(p.source, p.flags) is not None
        matched += m
        ruled_out += r
    # (the strings are chosen to rule out many texts: a pattern whose matches hold only
    # common words, such as "you", gets none, and is searched in every text)
    assert gated > 30 and matched > 120 and ruled_out > len(TEXTS) * 40


GIVEN_SAMPLES = [
    "someone who is 25-35 and ideally under 35, 25 to 35 years old",
    "could you send me your last three payslips, a recent pay stub, your p60 or your w-2?",
    "would you know anyone? is there someone you think i should speak to? who would you "
    "suggest? could you point me to a former colleague, or refer a friend?",
    "please share your form 16 for last year.",
    "could you send your latest salary certificate?",
    "please attach your last three payslips.",
]


@pytest.mark.parametrize(
    "p", [p for p in prefilter._registered if p.given is not None], ids=lambda p: p.source[:40]
)
def test_strings_named_by_hand_are_in_every_match(p: prefilter.Prefiltered) -> None:
    """A pattern may name the strings its matches contain (``prefiltered(needs=...)``) where
    the analysis finds only common ones: they are checked like the analysis's."""
    assert p.given is not None
    matched = 0
    for text in TEXTS + GIVEN_SAMPLES:
        for m in p.pattern.finditer(text):
            assert any(s in m.group() for s in p.given), (p.source[:60], m.group())
            matched += 1
    assert matched >= 3, "add samples it matches"


def test_every_generated_match_holds_a_required_string() -> None:
    rng = random.Random(20261125)
    atoms = ["a", "b", "é", "ab", "ba", "abc", r"\s", r"\w", "[a-c]", "[^b]", "[b]", "."]
    texts = random_texts(rng, "abcé \n1_.-\ue000" + MASK, 80, 30)
    gated = matched = ruled_out = 0
    for source, flags in valid_patterns(rng, atoms, REPEATS, 1000):
        if folded_tree(source, flags) is None:
            continue
        m, r = _each_match_holds_one(source, flags, texts)
        gated += _literals(source, flags) is not None
        matched += m
        ruled_out += r
    assert gated > 200 and matched > 2000 and ruled_out > 2000


def test_a_pattern_with_required_strings_cannot_match_nothing() -> None:
    rng = random.Random(7)
    atoms = ["a", "ab", r"\w", "[a-c]"]
    for source, flags in valid_patterns(rng, atoms, REPEATS, 500):
        if _literals(source, flags) is not None:
            assert re.compile(source, flags).fullmatch("") is None, source


@pytest.fixture
def gating(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a run past its first texts, where the strings are looked for."""
    monkeypatch.setattr(literals, "_asked", literals.GATE_AFTER)


def test_a_short_run_searches_without_parsing_the_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(literals, "_asked", 0)
    monkeypatch.setattr(literals, "_needed", {})
    mailchimp = re.compile(r"\*\|(?P<name>[A-Z_]+)\|\*")
    for _ in range(literals.GATE_AFTER):
        assert may_match(mailchimp, "Hi there")  # searched: a pre-commit run's few texts
    assert literals._needed == {}
    assert not may_match(mailchimp, "Hi there")  # then the mark is looked for first


@pytest.mark.usefixtures("gating")
def test_a_case_sensitive_pattern_is_searched_only_in_texts_holding_its_strings() -> None:
    mailchimp = re.compile(r"\*\|(?P<name>[A-Z_]+)(?::[^|]*)?\|\*")
    assert not may_match(mailchimp, "Hi {{ first_name }}, thanks for your time")
    assert may_match(mailchimp, "Hi *|FNAME|*,")
    assert may_match(mailchimp, "a *| stray")  # holds the string: searched, finds nothing


@pytest.mark.usefixtures("gating")
def test_marks_without_letters_gate_a_pattern_that_ignores_case() -> None:
    percent = re.compile(r"%(?!(?i:temp)%)(?P<name>\w+)%", re.IGNORECASE)
    assert not may_match(percent, "Hi there, 100 per cent")
    assert may_match(percent, "Hi %FIRSTNAME%")


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"dear\s+\w+", re.IGNORECASE),  # "Dear", "DEAR": any case
        re.compile(r"(?i:dear)\s+\w+"),
        re.compile(r"\w+@\w+|\d+"),  # one alternative requires no string
    ],
)
def test_patterns_that_ignore_case_or_require_nothing_are_always_searched(
    pattern: re.Pattern[str],
) -> None:
    assert may_match(pattern, "no such words here")


def test_may_match_agrees_with_the_search_of_every_placeholder_style() -> None:
    from outreach_lint import plugins
    from outreach_lint.config import Config

    texts = [*TEXTS, "[First Name] <company> %FIRSTNAME% {!Contact.FirstName} *|FNAME|*"]
    dialects = plugins.load(Config()).dialects.values()
    assert len(dialects) >= 7
    for dialect in dialects:
        for text in texts:
            if dialect.placeholder.search(text):
                assert may_match(dialect.placeholder, text), (dialect.name, text[:60])


def test_holding_one_of_the_strings_is_told_as_a_plain_search_tells_it() -> None:
    """``holds_one`` looks for a string's rarest character before the string: the same answers
    as looking for each string, whether that character is missing, there without the string,
    or there with it."""
    rng = random.Random(3)
    alphabet = "ab |{!*%XO\n" + MASK
    texts = ["", "*", "|*", "*|", "{ !", "{!", "a TODO b", "TOD O", "XX", "X X"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    asked = [("*|",), ("{!", "%"), ("XX", "TODO", "TKTK"), ("a",), ("a b", "|"), ("O",)]
    for strings in asked:
        for text in texts:
            assert literals.holds_one(text, strings) == any(s in text for s in strings)
            assert literals.holds_one(text, strings) == any(s in text for s in strings)  # kept
    assert [literals.rarest(s) for s in ("*|", "{!", "TODO", "manager", MASK + "x")] == [
        "*",
        "{",
        "O",
        "g",
        "x",
    ]


@pytest.mark.usefixtures("gating")
def test_one_test_for_several_patterns_answers_as_asking_each() -> None:
    """``may_match_any`` tells whether any of its patterns may match, as asking ``may_match``
    of each does: with the strings of all, and when one of them needs none."""
    styles = (
        re.compile(r"\*\|(?P<name>[A-Z_]+)\|\*"),
        re.compile(r"\{!\s*(?P<name>\w+)\s*\}"),
        re.compile(r"%(?P<name>[A-Z_]+)%"),
    )
    with_any = (*styles, re.compile(r"[a-z]+"))  # (a word: no string it needs)
    texts = ["Hi there", "Hi *|FNAME|*", "Hi {!Contact.Name}", "100% sure", "", "{! }", "*|"]
    for patterns in (styles, styles[:1], with_any):
        for text in texts:
            expected = any(may_match(p, text) for p in patterns)
            assert literals.may_match_any(patterns, text) == expected, (patterns, text)
    assert not literals.may_match_any(styles, "Hi there, thanks for your time")


def test_what_the_gates_keep_stays_bounded() -> None:
    """``holds_one`` keeps each tuple it is asked about; a process that makes new ones again and
    again (a long-lived tool building its patterns anew) does not keep them all."""
    for i in range(3 * literals._MOST_KEPT):
        strings = (f"x{i}y", "z")
        assert literals.holds_one(f"a x{i}y b", strings)
        assert not literals.holds_one("a b", strings)
    assert len(literals._probes) <= literals._MOST_KEPT
