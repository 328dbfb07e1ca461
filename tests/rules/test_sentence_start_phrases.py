"""Without google-re2, OL104 and OL203 search a text that cannot hold one of their
sentence-start phrases with a pattern that leaves those phrases out: OL104's all name a
profile, background, CV or career, or love it (``_AT_START_WORDS``); OL203's all end in a
question mark. Checked here: on every labelled template and on samples, such a text gets the
same matches from the shorter pattern as from the whole one, and the words hold for every
match of the phrases."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from outreach_lint.fold import fold_text
from outreach_lint.patterns import compile_folded
from outreach_lint.rules import assumes_job_seeking as ol203
from outreach_lint.rules import boilerplate_flattery as ol104

TESTS = Path(__file__).parent.parent
FILES = sorted(TESTS.glob("corpus/**/*.md")) + sorted(TESTS.glob("holdout/*.md"))
SAMPLES = [
    "Hi Sam, great career! We are hiring a Senior Data Engineer at Acme in Leeds.",
    "Hi Sam, loved your profile. Such an impressive background! Nice CV.",
    "Hello Sam, really love your background. Amazing profile!",
    "Hello. Really love your work on the Crick routing project.",
    "Looking for a new role? Open to new opportunities? Still open to a move?",
    "Hi Sam, are you open to a new challenge. Looking for your next step.",
    "Thinking about a change, Sam? Ready for a new career move!",
]
TEXTS = [fold_text(p.read_text(encoding="utf-8")) for p in FILES] + [fold_text(s) for s in SAMPLES]


def _spans(pattern: Any, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _phrases(alternatives: str, flags: int) -> Any:
    """The sentence-start alternatives alone (they are written as ``|...``)."""
    assert alternatives.startswith("|")
    return compile_folded(alternatives[1:], flags)


def test_every_sentence_start_flattery_holds_one_of_its_words() -> None:
    phrases = _phrases(ol104._FLATTERY_AT_START, re.MULTILINE)
    found = 0
    for text in TEXTS:
        for m in phrases.finditer(text):
            assert any(w in m.group() for w in ol104._AT_START_WORDS), m.group()
            found += 1
    assert found >= 5, "add samples the phrases match"


def test_a_text_without_those_words_gets_the_same_flattery_from_the_shorter_pattern() -> None:
    compared = matched = 0
    for text in TEXTS:
        if any(w in text for w in ol104._AT_START_WORDS):
            continue
        whole = _spans(ol104._FLATTERY.pattern, text)
        assert _spans(ol104._FLATTERY_ELSEWHERE.pattern, text) == whole
        compared += 1
        matched += bool(whole)
    assert compared >= 100 and matched >= 1


def test_every_sentence_start_presumption_is_a_question() -> None:
    phrases = _phrases(ol203._PRESUMES_AT_START, re.MULTILINE)
    found = 0
    for text in TEXTS:
        for m in phrases.finditer(text):
            assert "?" in text[m.end() :], m.group()
            found += 1
    assert found >= 5, "add samples the phrases match"


def test_a_text_without_a_question_gets_the_same_presumptions_from_the_shorter_pattern() -> None:
    compared = matched = 0
    for text in TEXTS:
        if "?" in text:
            continue
        whole = _spans(ol203._PRESUMES.pattern, text)
        assert _spans(ol203._PRESUMES_UNASKED, text) == whole
        compared += 1
        matched += bool(whole)
    assert compared >= 50 and matched >= 1


@pytest.mark.parametrize(
    ("text", "columns"),
    [
        ("Hi {{ first_name }}, great career! We are hiring a Senior Data Engineer.", [22]),
        ("Hi {{ first_name }}, such a cool CV. We are hiring a Senior Data Engineer.", [22]),
        # praise of nothing of theirs, with none of the words: the shorter pattern finds none
        ("Hi {{ first_name }}, great to meet you in Leeds. We are hiring a Data Engineer.", []),
        ("Hi {{ first_name }}, lovely news! Your team's launch went well, I hear.", []),
    ],
)
def test_sentence_start_flattery_is_found_where_no_other_word_is(lint, text, columns) -> None:
    assert [f.column for f in lint(text) if f.code == "OL104"] == columns
