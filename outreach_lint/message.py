"""A field as the recipient will read it: placeholders, tags and comments understood.

``scan`` (module ``scan``) finds every placeholder, block tag and comment of the active dialects
in a field's text. The resulting ``Message`` offers ``prose``: the field text with the same
length, so every offset in it is an offset in the field, where comments and tags are blanked
(line breaks kept), placeholders are replaced by ``MASK`` characters, curly quotes are
straightened and the dashes Word puts inside a word ("fast\u2013paced") are hyphens. Rules match
their phrases against ``prose``; sentences and questions are computed once, on demand.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import wraps
from itertools import accumulate, compress, repeat
from operator import add, sub
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, TypeVar, overload

from outreach_lint.fold import fold_text
from outreach_lint.model import Field, Placeholder
from outreach_lint.noqa import Noqa, read_noqa
from outreach_lint.patterns import compile_regex

MASK = "\x1a"
"""Stands in ``Message.prose`` for each character of a placeholder: an ASCII control
character (SUB) that is neither a word character nor white space, so the prose of an ASCII
field stays ASCII, which Python lower-cases and RE2 reads (as UTF-8, offsets unchanged) fastest.
One already in a field's text is a space in its prose."""

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201f": '"',
        "\u00a0": " ",
        "\u2010": "-",
        "\u2011": "-",
    }
)
"""Curly quotes straightened, and the Unicode hyphens (a non-breaking one, as Word puts in
"fast\u2011paced") made plain ones."""
_DASH_IN_WORD = compile_regex(r"(?<=[^\W\d_])\u2013(?=[^\W\d_])")
"""An en dash between two letters, a hyphen Word or Outlook turned into one ("fast\u2013paced",
"best\u2013in\u2013class"); not one between numbers ("9\u20135")."""
_MARK_END = r"[.!?][\"')\]]*\s+"
_WIDE_MARK_END = r"[\u3002\uff01\uff1f\u061f]+\s*"
_LINE_END = r"\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)"
_SENTENCE_END = compile_regex(f"({_MARK_END}|{_WIDE_MARK_END}|{_LINE_END})")  # one group: split_at
"""Where a sentence ends: at a ".", "!" or "?" followed by space (closing quotes and brackets
between), at a full-width "。", "！" or "？" or an Arabic "؟" (no space after those), a blank
line, or a line break before a list item. The mark belongs to the sentence
before it; the pattern starts with it all the same (rather than with a lookbehind), so that the
engine tries only the places holding a mark or a line break (twice as fast)."""
_ASCII_SENTENCE_END = compile_regex(f"({_MARK_END}|{_LINE_END})")
"""``_SENTENCE_END`` for ASCII text, which holds no full-width mark (a simpler pattern is
faster to run)."""
_ENDS_SENTENCE = ".!?\u3002\uff01\uff1f\u061f"
_QUESTION = compile_regex(r"\?+(?=[\s\"')\]]|$)|[\uff1f\u061f\u037e]+")
"""A question mark: "?" before a space or the end, or a full-width (Chinese, Japanese),
Arabic or Greek one, which need no space after them."""
_OTHER_QUESTION_MARKS = frozenset("\uff1f\u061f\u037e")


_NO_BREAKS: Mapping[int, str] = MappingProxyType({})
"""The breaks of a message that has none (most): one read-only mapping for all."""

T = TypeVar("T")


class computed_once(Generic[T]):
    """``functools.cached_property`` without its lock: until Python 3.12 that takes a lock on
    each first access, and a template's messages make about ten (0.36 us each, against 0.13).
    The value is stored in the instance's ``__dict__``, where later reads find it."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> computed_once[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> T | computed_once[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


class Span(NamedTuple):
    start: int
    end: int


class Comment(NamedTuple):
    start: int
    end: int
    text: str


class Message:
    """One field of a template, scanned with the active dialects."""

    def __init__(
        self,
        field: Field,
        placeholders: Sequence[Placeholder],
        hidden: Sequence[Span],
        comments: Sequence[Comment],
        strays: Sequence[Span],
        breaks: Mapping[int, str] | None = None,
    ) -> None:
        self.field = field
        self.text = field.text
        self.placeholders = tuple(placeholders)
        self.hidden = tuple(hidden)
        self.breaks: Mapping[int, str] = breaks or _NO_BREAKS
        """What a hidden span shows at its start, by the offset it starts at: the line or
        paragraph break of an HTML ``<br>`` or ``<p>``."""
        self.comments = tuple(comments)
        self.strays = tuple(strays)
        self.memo: dict[Callable[..., Any], Any] = {}
        """Values that helpers computed from this message (see ``per_message``)."""

    @computed_once
    def prose(self) -> str:
        # (every character _QUOTES changes is outside ASCII, and most texts are ASCII)
        text = self.text if self.text.isascii() else self.text.translate(_QUOTES)
        if "\u2013" in text:
            text = _DASH_IN_WORD.sub("-", text)
        if MASK in text:  # not a placeholder
            text = text.replace(MASK, " ")
        spans = [(p.start, p.end, True) for p in self.placeholders]
        if self.hidden:  # (most messages hide nothing: scan gives placeholders in order)
            spans = sorted(spans + [(s, e, False) for s, e in self.hidden])
        pieces = []
        done = 0
        for start, end, placeholder in spans:
            if start < done:  # overlapping, or out of order (not from scan): one character at
                return self._prose_by_char(text)  # a time
            pieces.append(text[done:start])
            if placeholder:
                pieces.append(MASK * (end - start))
            else:  # blanked, line breaks kept
                blank = "\n".join(" " * len(line) for line in text[start:end].split("\n"))
                shown = self.breaks.get(start) if self.breaks else None
                pieces.append(blank if shown is None else shown + blank[len(shown) :])
            done = end
        pieces.append(text[done:])
        return "".join(pieces)

    def _prose_by_char(self, text: str) -> str:
        chars = list(text)
        for start, end in self.hidden:
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = " "
        for start, shown in self.breaks.items():
            chars[start : start + len(shown)] = shown
        for p in self.placeholders:
            chars[p.start : p.end] = MASK * (p.end - p.start)
        return "".join(chars)

    @computed_once
    def folded(self) -> str:
        """``prose`` lower-cased as ``re.IGNORECASE`` compares it, for patterns compiled with
        ``patterns.compile_folded``; the same length, so offsets are the same."""
        if self.text.isascii():  # then so is the prose, masks included
            return self.prose.lower()
        return fold_text(self.prose)

    @computed_once
    def sentences(self) -> tuple[Span, ...]:
        """Spans of sentences (or lines of a list) in ``prose``, trimmed of white space."""
        return tuple(map(Span, *self._sentence_bounds))

    @computed_once
    def _sentence_bounds(self) -> tuple[list[int], list[int]]:
        """The starts and the ends of ``sentences``."""
        prose = self.prose
        return _sentences_in(prose, 0, len(prose), _sentence_ends(prose))

    @computed_once
    def _paragraphs(self) -> list[int]:
        """Where each paragraph of ``prose`` starts: the text after a blank line ("\\n\\n"),
        which is in a sentence break (``_LINE_END``, or the white space after a mark) whatever
        comes before it, so each paragraph splits into the same sentences as the whole text."""
        lengths = map(len, self.prose.split("\n\n"))
        return list(accumulate(map(add, lengths, repeat(2)), initial=0))[:-1]

    def _sentences_near(self, offset: int) -> tuple[list[int], list[int]]:
        """The starts and the ends of the sentences of the paragraph holding ``offset``. Half the
        messages need the sentence at a place or two, and the sentence-end pattern is tried at
        every character: they split only those places' paragraphs (measured over 1,000
        templates: 4,536 M -> 4,472 M instructions)."""
        paragraphs = self._paragraphs
        i = bisect_right(paragraphs, offset) - 1
        if i < 0:
            return [], []
        known = self._split_paragraphs
        if i not in known:
            prose = self.prose
            # (through the first line break of the blank line after it: a mark's break needs
            # the white space after the mark and its closing quotes)
            end = paragraphs[i + 1] - 1 if i + 1 < len(paragraphs) else len(prose)
            known[i] = _sentences_in(prose, paragraphs[i], end, _sentence_ends(prose))
        return known[i]

    @computed_once
    def _split_paragraphs(self) -> dict[int, tuple[list[int], list[int]]]:
        """``_sentences_near`` of each paragraph it has split, by the paragraph's index."""
        return {}

    @computed_once
    def questions(self) -> tuple[Span, ...]:
        prose = self.prose
        # most messages (finding a character is far faster than a scan)
        if "?" not in prose and (prose.isascii() or not _OTHER_QUESTION_MARKS & set(prose)):
            return ()
        return tuple(Span(*m.span()) for m in _QUESTION.finditer(prose))

    def question(self, mark: Span) -> Span:
        """The question a "?" of ``questions`` ends, from its sentence's first word."""
        sentence = self.sentence_at(mark.start)
        return Span(sentence.start if sentence.end > sentence.start else mark.start, mark.end)

    @computed_once
    def visible_length(self) -> int:
        """Characters the recipient sees, not counting placeholders, tags or comments."""
        prose = self.prose
        lo, hi = len(prose) - len(prose.lstrip()), len(prose.rstrip())
        blanked = 0
        for s, e in self.hidden:
            s, e = max(s, lo), min(e, hi)
            if e > s:  # (the line breaks written in a tag; not those it shows: lengths are
                # those of the text)
                blanked += e - s - self.text.count("\n", s, e)
        return max(hi - lo - prose.count(MASK, lo, hi) - blanked, 0)

    def quote(self, start: int, end: int) -> str:
        """``text[start:end]`` as a finding quotes it: as written (placeholders, curly quotes),
        without the tags, comments and space entities it holds, its white space collapsed."""
        text, prose = self.text[start:end], self.prose[start:end]
        if self.hidden:
            # (white space in the prose where the text has none: a blanked tag, or the break
            # it shows)
            text = "".join(
                " " if p.isspace() and not t.isspace() else t
                for t, p in zip(text, prose, strict=True)
            )
        return " ".join(text.split())

    @computed_once
    def is_blank(self) -> bool:
        return not self.prose.strip()

    @computed_once
    def noqa(self) -> tuple[Noqa, ...]:
        return tuple(
            directive
            for c in self.comments
            if (directive := read_noqa(c.start, c.text)) is not None
        )

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding ``offset``; an empty span there when it is between two."""
        found = self.__dict__.get("_sentence_bounds")
        starts, ends = found if found is not None else self._sentences_near(offset)
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < ends[i]:
            return Span(starts[i], ends[i])
        return Span(offset, offset)

    def placeholders_in(self, start: int, end: int) -> tuple[Placeholder, ...]:
        return tuple(p for p in self.placeholders if start <= p.start < end)


def split_at(pattern: re.Pattern[str], text: str, start: int = 0) -> tuple[list[str], list[int]]:
    """``pattern.split(text)`` and the offset where each piece starts, then ``len(text)``
    (each plus ``start``). With the whole pattern in one capturing group, the pieces are [gap,
    match, gap, ..., match, gap], and the offsets of the matches come from the lengths, with no
    match object made for each."""
    parts = pattern.split(text)
    return parts, list(accumulate(map(len, parts), initial=start))


def _sentence_ends(prose: str) -> re.Pattern[str]:
    return _SENTENCE_END if not prose.isascii() else _ASCII_SENTENCE_END


def _sentences_in(
    prose: str, start: int, end: int, ends: re.Pattern[str]
) -> tuple[list[int], list[int]]:
    """The starts and the ends of the sentences of ``prose[start:end]``, split at ``ends``."""
    parts, offsets = split_at(ends, prose[start:end], start)  # [text, end, ..., text]
    starts, texts = offsets[::2], parts[::2]
    for i, mark in enumerate(parts[1::2]):
        if mark[0] in _ENDS_SENTENCE:  # the mark ends the text before it
            texts[i] += mark[0]
    leads = map(sub, map(len, texts), map(len, map(str.lstrip, texts)))
    sizes = list(map(len, map(str.strip, texts)))
    firsts = list(map(add, starts, leads))
    lasts = list(map(add, firsts, sizes))
    if 0 in sizes:  # blank pieces (white space between two breaks) are no sentence
        return list(compress(firsts, sizes)), list(compress(lasts, sizes))
    return firsts, lasts


def per_message(helper: Callable[[Message], T]) -> Callable[[Message], T]:
    """Run ``helper`` once per message, however many rules ask: for helpers that rules share.
    What it returns is shared too, so it must not be changed (return tuples, not lists)."""

    @wraps(helper)
    def once(message: Message) -> T:
        memo = message.memo
        if helper in memo:
            value: T = memo[helper]
            return value
        value = memo[helper] = helper(message)
        return value

    return once
