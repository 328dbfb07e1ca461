"""Counting helpers for the built-in style and compliance rules: words, syllables, opt-outs.

Everything here reads ``Message.prose`` (quotes straightened, placeholders masked with
``MASK``), so every span is an offset in the field.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message, Span, per_message, split_at
from outreach_lint.model import Placeholder
from outreach_lint.patterns import compile_regex
from outreach_lint.taxonomy import words as name_words

URL_OR_EMAIL = compile_regex(
    r"\b(?:https?://|www\.)[^\s<>\"')\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)
"""A web address or an e-mail address: not words a reader reads."""


def may_hold_address(message: Message) -> bool:
    """False when no web or e-mail address can be in the message: it has no "@", "://" or
    "www.". Most messages have none, and address patterns are slow (they try every word)."""
    prose = message.prose
    return "@" in prose or "://" in prose or "www." in message.folded


@per_message
def addresses(message: Message) -> tuple[Span, ...]:
    """Spans of web and e-mail addresses (``URL_OR_EMAIL``) in ``prose``.

    Only the lines holding "@", "://" or "www." are searched: an address holds no white space,
    so no match crosses a line break, and the pattern's e-mail half is costly on a long text
    (it runs along every word to look for an "@" after it). Most messages have none."""
    prose = message.prose
    return tuple(
        Span(*m.span())
        for start, end in _lines_with(prose, message.folded, ("@", "://", "www."))
        for m in URL_OR_EMAIL.finditer(prose, start, end)
    )


def _lines_with(text: str, folded: str, markers: tuple[str, ...]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text`` in which ``folded`` holds a marker, in
    order."""
    lines = set()
    for marker in markers:
        at = folded.find(marker)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            lines.add((text.rfind("\n", 0, at) + 1, end))
            at = folded.find(marker, end)
    return sorted(lines)


# Each in one capturing group, for split_at.
_WORD = compile_regex(r"([^\W_\d]+(?:['\-][^\W_\d]+)*|\d[\d,.:/]*[\w%]*|" + MASK + "+)")
# The same on text of ASCII and placeholder masks, where Python's Unicode classes are these
# ASCII sets (and a third faster to test).
_ASCII_WORD = compile_regex(
    r"([A-Za-z]+(?:['\-][A-Za-z]+)*|[0-9][0-9,.:/]*[0-9A-Za-z_%]*|" + MASK + "+)"
)
# Up to a full stop, "!", "?", ";" or ":" followed by a space, or a line break ("37.5" and
# "example.com" stay whole).
_SENTENCE = compile_regex(r"((?:[^.!?;:\n]+|[.!?;:](?=[^\s.!?;:]))+[.!?;:]*)")


def _words_pattern(prose: str) -> re.Pattern[str]:
    if prose.isascii() or prose.replace(MASK, "").isascii():
        return _ASCII_WORD
    return _WORD


class Words(NamedTuple):
    """The words of a message, in order: where each starts and ends, and its text."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]


def _pieces(split: re.Pattern[str], text: str) -> tuple[list[int], list[int], list[str]]:
    """Where the matches of ``split`` (a pattern in one capturing group) start and end in
    ``text``, and their texts."""
    parts, offsets = split_at(split, text)
    return offsets[1:-1:2], offsets[2::2], parts[1::2]


@per_message
def words(message: Message) -> Words:
    """The words of the message, computed once: a placeholder is one word, a number is one
    word, web and e-mail addresses are skipped."""
    prose = message.prose
    # An ASCII field gives ASCII prose, with placeholder masks (the quick test first).
    pattern = _ASCII_WORD if message.text.isascii() else _words_pattern(prose)
    starts, ends, texts = _pieces(pattern, prose)
    skip = addresses(message)
    if skip:  # the words that start in an address: a run of indices for each
        drop = {i for s, e in skip for i in range(bisect_left(starts, s), bisect_left(starts, e))}
        keep = [i for i in range(len(starts)) if i not in drop]
        starts = [starts[i] for i in keep]
        ends = [ends[i] for i in keep]
        texts = [texts[i] for i in keep]
    return Words(tuple(starts), tuple(ends), tuple(texts))


def sentence_spans(message: Message) -> tuple[list[int], list[int]]:
    """Sentences of the message for readability counts, as their starts and their ends: split
    at ``.``, ``!``, ``?``, ``;``, ``:`` and at every line break, so a greeting, a list item or a
    signature line is a sentence of its own rather than part of the next one. A sentence may
    hold no word (a line of dashes)."""
    starts, ends, _ = _pieces(_SENTENCE, message.prose)
    return starts, ends


# Syllables: vowel groups, less a silent final -e, -es or -ed, plus the vowel pairs that are
# said as two syllables (ra-ti-o, me-di-a, cli-ent, ac-tu-al, em-ploy-er).
_VOWELS = compile_regex(r"[aeiouy]+")
_SPLIT_PAIRS = compile_regex(
    r"(?<![tscgx])io|(?<![tcs])ia|eo|(?<![gq])ua|uo|ii|iu|(?<![tc])ien(?!d)|[aeiou]y[aeiou]|"
    r"ier$|ism$|io$|[aeiou]ing$"
)
_SILENT_ES_ED = compile_regex(r"(?<=[^aeiouysxzgc])(?<![cs]h)es$|(?<=[^td])ed$")
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
    number, an acronym without vowels or a placeholder counts as one."""
    w = re.sub(r"[^a-z\-]", "", word.lower().replace("\u2019", "'").removesuffix("'s"))
    if "-" in w:
        return sum(syllables(part) for part in w.split("-") if part) or 1
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if len(w) <= 3:
        return 1
    extra = 0
    if re.search(r"[^aeiouy]les?$", w):
        w, extra = w[: w.rindex("l")], 1
    elif _SILENT_ES_ED.search(w) and _VOWELS.search(w[:-2]):
        w = w[:-2]
    elif re.search(r"[^aeiouy]e$", w) and _VOWELS.search(w[:-1]):
        w = w[:-1]
    count = len(_VOWELS.findall(w)) + len(_SPLIT_PAIRS.findall(w)) + extra
    count -= len(_SILENT_E.findall(w))
    return max(count, 1)


class _Syllables(dict[str, int]):
    """``syllables`` of each word, computed the first time it is asked for: ``SYLLABLES[w]``.
    (A dictionary lookup takes half the time of an ``lru_cache`` call; a run over thousands of
    templates asks for the same few thousand words.)"""

    def __missing__(self, word: str) -> int:
        if len(self) >= _MAX_WORDS:
            self.clear()
        count = self[word] = syllables(word)
        return count


_MAX_WORDS = 20_000
SYLLABLES = _Syllables()


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
