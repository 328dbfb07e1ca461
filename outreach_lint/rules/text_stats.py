"""Counting helpers for the built-in style and compliance rules: words, syllables, opt-outs.

Everything here reads ``Message.prose`` (quotes straightened, placeholders masked with
``MASK``), so every span is an offset in the field.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable
from itertools import islice
from typing import NamedTuple

from outreach_lint.addresses import addresses
from outreach_lint.check import RuleContext
from outreach_lint.memo import Kept
from outreach_lint.message import MASK, Message, Span, per_message, split_at
from outreach_lint.model import Placeholder
from outreach_lint.name_words import words as name_words
from outreach_lint.patterns import compile_regex

# A word (from a letter, digits in it included: "B2B", "Web3", "Q3" are one), a number (with
# what it is glued to: "70k", "2nd", "9:30") or a placeholder's mask.
_WORD = compile_regex(r"[^\W_\d][^\W_]*(?:['\-][^\W_\d][^\W_]*)*|\d[\d,.:/]*[\w%]*|" + MASK + "+")
# The same on ASCII text (placeholder masks included), where Python's Unicode classes are
# these ASCII sets (and a third faster to test).
_ASCII_WORD = compile_regex(
    r"[A-Za-z][A-Za-z0-9]*(?:['\-][A-Za-z][A-Za-z0-9]*)*|[0-9][0-9,.:/]*[0-9A-Za-z_%]*|"
    + MASK
    + "+"
)


_KEEP = "+" if sys.version_info >= (3, 11) else ""
"""What makes a repeat possessive (``*+``), where the engine has them (Python 3.11 on). The
sentence patterns match the same without: Python 3.10 runs them as plain greedy repeats."""


def _sentences(plain: str) -> re.Pattern[str]:
    """Sentences: up to a full stop, "!", "?", ";" or ":" followed by a space, or a line break
    but one that wraps a paragraph: after a line of 50 characters or more, before a word in
    lower case ("37.5" and "example.com" stay whole); in one capturing group, for split_at.
    ``plain`` is the set of the characters that end no sentence (all but those marks and the
    line break).

    A sentence is its first character (plain, a wrapping line break or a mark inside a word),
    a run of plain characters, then any number of wrapping line breaks or marks inside a
    word each followed by another run, then the marks that end it; a mark inside a word
    takes the plain character after it along rather than looking at it. Once the first
    character is taken the rest cannot fail (the closing marks may be none), so the engine's
    first way through, every repeat at its longest, is the match: forbidding the repeats to
    give back (``*+``) changes none, and spares the engine the state it keeps to backtrack.
    Written as one repeat of "a run, a break or a mark" (``(?:[^.!?;:\\n]+|\\n...|
    [.!?;:]...)+[.!?;:]*``), the same matches took 30% more instructions."""
    inner = rf"\n(?=[ \t]*{_KEEP}[a-z])(?<=[^\n]{{50}}\n)|[.!?;:][^\s.!?;:]"
    return compile_regex(
        f"((?:{plain}|{inner}){plain}*{_KEEP}(?:(?:{inner}){plain}*{_KEEP})*{_KEEP}[.!?;:]*{_KEEP})"
    )


_SENTENCE = _sentences(r"[^.!?;:\n]")
_ASCII_SENTENCE = _sentences(r"[\x00-\t\x0b- \"-\-/-9<->@-\x7f]")
"""``_SENTENCE`` for ASCII text: the plain characters listed rather than the others
excluded, which the engine tests in one step rather than three (the split takes a fifth
less). A listed set reaching beyond ASCII would compile to a table of the whole Unicode
range, which takes 10 ms."""


def _words_pattern(prose: str) -> re.Pattern[str]:
    return _ASCII_WORD if prose.isascii() else _WORD


def _sentence_pattern(prose: str) -> re.Pattern[str]:
    return _ASCII_SENTENCE if prose.isascii() else _SENTENCE


class SentenceWords(NamedTuple):
    """The sentences of a message for readability counts and the words of each. The text is
    split at ``.``, ``!``, ``?``, ``;``, ``:`` and at a line break, so a greeting, a list item
    or a signature line is a sentence of its own rather than part of the next one; but not at a
    line break that wraps a paragraph: after a line of 50 characters or more, before a word in
    lower case ("...organisation with\nconsiderable operational complexity"); short lines in
    lower case are a list without its marks. A sentence may hold no word (a line of dashes)."""

    starts: list[int]
    ends: list[int]
    words: list[tuple[str, ...]]
    """The texts of the words in each sentence: a placeholder is one word, a number is one
    word, web and e-mail addresses are skipped."""


@per_message
def sentence_words(message: Message) -> SentenceWords:
    """The sentences of the message and their words, computed once. Each sentence's words are
    the matches of the word pattern in that sentence alone: no word reaches past the end of
    its sentence (in "1.:2" the sentence ends after ":" and "2" starts the next one). The
    sentences are the texts the split made, looked up in C, rather than
    slices of the prose looked up one at a time."""
    prose = message.prose
    pattern = _words_pattern(prose)
    parts, offsets = split_at(_sentence_pattern(prose), prose)
    starts, ends = offsets[1:-1:2], offsets[2::2]
    found = list(map(_KNOWN_SENTENCES[pattern].__getitem__, parts[1::2]))
    skip = addresses(message)
    for i in _sentences_with(skip, starts, ends):  # rare: drop the words that start in one
        found[i] = tuple(prose[a:b] for a, b in _word_spans(message, starts[i], ends[i]))
    return SentenceWords(starts, ends, found)


def _words_in(pattern: re.Pattern[str]) -> Callable[[str], tuple[str, ...]]:
    findall = pattern.findall  # the texts alone: no match object per word
    return lambda sentence: tuple(findall(sentence))


_MAX_SENTENCES = 20_000
_KNOWN_SENTENCES = {p: Kept(_words_in(p), _MAX_SENTENCES) for p in (_WORD, _ASCII_WORD)}
"""The words of each sentence (its text alone: the word pattern has no assertions, so a
sentence's words do not depend on the text around it), found the first time it is met.
The same sentences recur across a repository's templates (signatures, company blurbs,
list items, the lines a team copies from one template to the next): over 10,000 generated
templates, 192,000 sentences were 8,400 different ones, and looking one up costs a tenth
of finding its words."""


def _sentences_with(spans: tuple[Span, ...], starts: list[int], ends: list[int]) -> set[int]:
    """The indices of the sentences that overlap one of ``spans``."""
    found = set()
    for start, end in spans:
        i = bisect_right(ends, start)  # the first sentence ending after the span's start
        while i < len(starts) and starts[i] < end:
            found.add(i)
            i += 1
    return found


def word_count(message: Message) -> int:
    """The number of words in the message, as ``sentence_words`` finds them."""
    return sum(map(len, sentence_words(message).words))


def word_spans(message: Message) -> list[Span]:
    """Where each of the message's words is, in order, as ``sentence_words`` counts them."""
    found = sentence_words(message)
    return [
        span
        for start, end in zip(found.starts, found.ends, strict=True)
        for span in _word_spans(message, start, end)
    ]


def word_span(message: Message, n: int) -> Span:
    """Where the message's ``n``-th word (from 0, as ``sentence_words`` counts them) is; raises
    ``IndexError`` when it has no more than ``n`` words. Only its sentence is read again."""
    found = sentence_words(message)
    for start, end, texts in zip(found.starts, found.ends, found.words, strict=True):
        if n < len(texts):
            return _nth_word(message, start, end, n)
        n -= len(texts)
    raise IndexError(n)


def _nth_word(message: Message, start: int, end: int, n: int) -> Span:
    """The ``n``-th of ``_word_spans(message, start, end)``. Without an address in the message,
    the words of a sentence are the word pattern's matches there, and the ``n``-th is taken
    with no span made for the others (measured over 1,000 templates: a ``word_span`` call took
    120,000 instructions, 46,000 this way)."""
    if addresses(message):
        return _word_spans(message, start, end)[n]
    prose = message.prose
    word = next(islice(_words_pattern(prose).finditer(prose, start, end), n, None))
    return Span(*word.span())


def _word_spans(message: Message, start: int, end: int) -> list[Span]:
    """The words in ``prose[start:end]`` (one sentence), but those starting in an address."""
    prose, skip = message.prose, addresses(message)
    return [
        Span(*m.span())
        for m in _words_pattern(prose).finditer(prose, start, end)
        if not any(s <= m.start() < e for s, e in skip)
    ]


# Syllables: vowel groups, less a silent final -e, -es or -ed, plus the vowel pairs that are
# said as two syllables (ra-ti-o, me-di-a, cli-ent, ac-tu-al, em-ploy-er).
_VOWELS = compile_regex(r"[aeiouy]+")
_DIGITS = compile_regex(r"\d+")
_SPLIT_PAIRS = compile_regex(
    r"(?<![tscgx])io|(?<![tcs])ia|eo|(?<![gq])ua|uo|ii|iu|(?<![tc])ien(?!d)|[aeiou]y[aeiou]|"
    r"ier$|ism$|io$|[aeiou]ing$"
)
_SILENT_ES_ED = compile_regex(r"(?<=[^aeiouysxzgc])(?<![cs]h)es$|(?<=[^td])ed$")
_NOT_LETTER = compile_regex(r"[^a-z\-]")
_LE_ENDING = compile_regex(r"[^aeiouy]les?$")
_E_ENDING = compile_regex(r"[^aeiouy]e$")
_SILENT_E = compile_regex(r"(?<=[^aeiouy])e(?:ful|less|ly|ness|ments?)$")
_EXCEPTIONS = {
    "area": 3,
    "being": 2,
    "business": 2,
    "businesses": 3,
    "create": 2,
    "created": 3,
    "creating": 3,
    "different": 3,
    "every": 2,
    "everyone": 3,
    "everything": 4,
    "family": 3,
    "idea": 3,
    "ideal": 3,
    "interest": 3,
    "interested": 4,
    "interesting": 4,
    "maybe": 2,
    "people": 2,
    "quiet": 2,
    "real": 1,
    "really": 2,
    "science": 2,
    "someone": 2,
    "something": 2,
    "sometimes": 2,
    "theatre": 3,
    "toward": 2,
    "towards": 2,
    "coffee": 2,
    "recipe": 3,
}


def syllables(word: str) -> int:
    """Syllables in an English word, by a heuristic that is right for most everyday words; a
    number, an acronym without vowels or a placeholder counts as one. A word with a number in
    it counts the number as one more ("Python3": 3, "B2B": 2)."""
    if word[:1].isalpha() and _DIGITS.search(word):
        return syllables(_DIGITS.sub("", word)) + len(_DIGITS.findall(word))
    w = _NOT_LETTER.sub("", word.lower().replace("\u2019", "'").removesuffix("'s"))
    if "-" in w:
        return sum(syllables(part) for part in w.split("-") if part) or 1
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if len(w) <= 3:
        return 1
    extra = 0
    if _LE_ENDING.search(w):
        w, extra = w[: w.rindex("l")], 1
    elif _SILENT_ES_ED.search(w) and _VOWELS.search(w[:-2]):
        w = w[:-2]
    elif _E_ENDING.search(w) and _VOWELS.search(w[:-1]):
        w = w[:-1]
    count = len(_VOWELS.findall(w)) + len(_SPLIT_PAIRS.findall(w)) + extra
    count -= len(_SILENT_E.findall(w))
    return max(count, 1)


_MAX_WORDS = 20_000
SYLLABLES = Kept(syllables, _MAX_WORDS)
"""``syllables`` of each word, computed the first time it is asked for: ``SYLLABLES[w]`` (a
run over thousands of templates asks for the same few thousand words)."""


def _sentence_syllables(words: tuple[str, ...]) -> int:
    return sum(map(SYLLABLES.__getitem__, words))


SENTENCE_SYLLABLES = Kept(_sentence_syllables, _MAX_SENTENCES)
"""The syllables of the words of a sentence (``SentenceWords.words``), counted the first
time they are asked for: ``SENTENCE_SYLLABLES[words]``."""


# Opt-outs: the words that tell a reader how to stop receiving these messages.
OPT_OUT = compile_regex(
    r"\bunsubscrib\w*|\bopt(?:ing)?[\s-]?out\b|\bpreference\s+cent(?:er|re)\b"
    r"|\bmanage\s+(?:your\s+)?(?:e-?mail\s+|contact\s+)?preferences\b",
    re.IGNORECASE,
)
_OPT_OUT_NAME = frozenset({"unsubscribe", "unsub", "optout", "preference", "preferences"})


def opt_out_placeholder(p: Placeholder) -> bool:
    """``{{ unsubscribe_link }}``, ``*|UNSUB|*``, ``{opt-out-url}``…"""
    ws = name_words(p.name)
    return bool(set(ws) & _OPT_OUT_NAME) or ("opt" in ws and "out" in ws)


def has_opt_out(ctx: RuleContext) -> bool:
    """Does the subject or body offer an unsubscribe link or an opt-out?"""
    return any(
        OPT_OUT.search(m.prose) or any(opt_out_placeholder(p) for p in m.placeholders)
        for m in ctx.messages
    )
