"""Phrase matching for rules: case-insensitive, whole words, robust to quotes and line breaks.

``compile_phrases`` turns plain phrases (``"since we're in the same industry"``) into one
regular expression that also matches ``Since we are in the same\\nindustry``: words may be
separated by any white space, contractions match their long forms, and matching runs on
``Message.prose`` where curly quotes are already straight. A phrase starting with ``re:`` is a
regular expression used as is (still case-insensitive).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from outreach_lint.message import Message, Span
from outreach_lint.patterns import built, compile_regex

_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (compile_regex(r"(?i)\bcan't\b"), "(?:can't|cannot|can not)"),
    (compile_regex(r"(?i)\bwon't\b"), "(?:won't|will not)"),
    (compile_regex(r"(?i)\bI'm\b"), "(?:I'm|I am)"),
    (compile_regex(r"(?i)\blet's\b"), "(?:let's|let us)"),
    (compile_regex(r"(?i)(\w+)n't\b"), "{0}(?:n't| not)"),
    (compile_regex(r"(?i)(\w+)'re\b"), "{0}(?:'re| are)"),
    (compile_regex(r"(?i)(\w+)'ve\b"), "{0}(?:'ve| have)"),
    (compile_regex(r"(?i)(\w+)'ll\b"), "{0}(?:'ll| will)"),
    (compile_regex(r"(?i)(\w+)'d\b"), "{0}(?:'d| would| had)"),
    (compile_regex(r"(?i)\b(it|that|there|what|who|here|he|she)'s\b"), "{0}(?:'s| is| has)"),
)
_LONG_FORMS = (
    (compile_regex(r"(?i)\bI am\b"), "I'm"),
    (compile_regex(r"(?i)\b(we|you|they) are\b"), r"\1're"),
    (compile_regex(r"(?i)\bI would\b"), "I'd"),
    (compile_regex(r"(?i)\b(do|does|did|is|are|was|were|have|has) not\b"), r"\1n't"),
)


def _expander(template: str) -> Callable[[re.Match[str]], str]:
    return lambda m: template.format(*m.groups())


def phrase_regex(phrase: str) -> str:
    """The regular expression source for one phrase (without the ``re:`` prefix handling)."""
    if phrase.startswith("re:"):
        return f"(?:{phrase[3:]})"
    text = " ".join(phrase.replace("\u2019", "'").replace("\u2018", "'").split())
    for pattern, short in _LONG_FORMS:
        text = pattern.sub(short, text)
    out = re.escape(text).replace(r"\ ", " ").replace("\\'", "'")
    for pattern, repl in _CONTRACTIONS:
        out = pattern.sub(_expander(repl), out)
    out = out.replace(" ", r"\s+")
    start = r"\b" if re.match(r"\w", text) else ""
    end = r"\b" if re.search(r"\w$", text) else ""
    return f"{start}(?:{out}){end}"


def phrase_problem(phrase: str) -> str | None:
    """What makes ``phrase`` unusable, in words that follow the setting that holds it: a bad
    regular expression after ``re:``, or one that matches empty text; ``None`` if it is fine."""
    if not phrase.strip() or not phrase.removeprefix("re:").strip():
        return f"has {phrase!r}, an empty phrase"
    try:
        pattern = compile_regex(phrase_regex(phrase), re.IGNORECASE)
    except re.error as e:
        return f"has a bad regular expression {phrase!r}: {e.msg}"
    if pattern.fullmatch(""):
        return f"has {phrase!r}, which matches empty text"
    return None


@lru_cache(maxsize=1024)
def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return compile_regex("|".join(phrase_regex(p) for p in ordered), re.IGNORECASE)


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``phrases`` (longest first)."""
    return built(_compile(tuple(phrases)))  # (plugins get a true re.Pattern)


def find(pattern: re.Pattern[str], message: Message) -> Iterator[Span]:
    """Spans in ``message.prose`` where ``pattern`` matches."""
    for m in pattern.finditer(message.prose):
        yield Span(m.start(), m.end())
