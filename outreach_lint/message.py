"""A field as the recipient will read it: placeholders, tags and comments understood.

``scan`` finds every placeholder, block tag and comment of the active dialects in a field's
text. The resulting ``Message`` offers ``prose``: the field text with the same length, so every
offset in it is an offset in the field, where comments and tags are blanked (line breaks kept),
placeholders are replaced by ``MASK`` characters and curly quotes are straightened. Rules match
their phrases against ``prose``; sentences and questions are computed once, on demand.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import wraps
from itertools import accumulate, compress
from operator import add, sub
from typing import Any, Generic, NamedTuple, TypeVar, overload

from outreach_lint.fold import fold_text
from outreach_lint.model import Dialect, Field, Placeholder
from outreach_lint.patterns import compile_regex

MASK = "\x1a"
"""Stands in ``Message.prose`` for each character of a placeholder: an ASCII control
character (SUB) that is neither a word character nor white space, so the prose of an ASCII
field stays ASCII, which Python lower-cases and RE2 reads (as UTF-8, offsets unchanged) fastest.
One already in a field's text is a space in its prose."""

CONDITION_AND = compile_regex(r"\s+and\s+(?:not\s+)?")
"""Between the variables a conditional tests together: ``{% if salutation and last_name %}``
guards both."""

HTML_COMMENT = compile_regex(r"<!--.*?-->", re.DOTALL)
HTML_ELEMENTS = (
    "a|abbr|b|bdi|bdo|big|blockquote|body|br|center|cite|code|col|dd|del|details|dfn|div|dl|dt|"
    "em|font|footer|h[1-6]|head|header|hr|html|i|img|ins|kbd|li|link|main|mark|meta|nav|ol|p|pre|q|"
    "s|samp|section|small|span|strike|strong|style|sub|summary|sup|table|tbody|td|tfoot|th|thead|"
    "title|tr|tt|u|ul|var|wbr"
)
"""HTML element names: ``<p>`` or ``<br>`` in a template is markup, not a placeholder."""
HTML_MARKUP = compile_regex(
    r"<(?P<block>style|head|script|title)\b[^>]*>.*?</(?P=block)\s*>"
    r"|</?(?!(?:a|img|link)\b)(?:" + HTML_ELEMENTS + r")\b[^<>{}*%|]*>"
    r"|<!doctype\b[^<>]*>|<\?xml\b[^<>]*\?>"
    r"|&(?:nbsp|ensp|emsp|thinsp|zwnj|zwj|shy|#160|#x0*a0|#8203|#x200b);",
    re.DOTALL | re.IGNORECASE,
)
"""HTML that is no message text, in e-mail templates written as HTML: a style, head or script
block whole, a ``<!DOCTYPE>`` or XML declaration, every tag but a link's or an image's (their
addresses may be the message's link) or one holding a placeholder's delimiters
(``<td class="{{ x }}">``), which stay text, and the entities of spaces (``&nbsp;``), which
read as the space they show."""
NOQA = compile_regex(
    r"outreach-lint:\s*noqa\b(?P<colon>\s*:+)?(?P<rest>.*)", re.IGNORECASE | re.DOTALL
)
"""A suppression directive: ``outreach-lint: noqa``, then (after a colon, or a space) codes."""
_NOQA_TOKEN = compile_regex(r"\s*(,)?\s*([A-Za-z]{2,5}[0-9]{0,3})(?![A-Za-z0-9])")
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
    }
)
_SENTENCE_END = compile_regex(  # in one capturing group, for split_at
    r"([.!?][\"')\]]*\s+|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s))"
)
"""Where a sentence ends: at a ".", "!" or "?" followed by space (closing quotes and brackets
between), a blank line, or a line break before a list item. The mark belongs to the sentence
before it; the pattern starts with it all the same (rather than with a lookbehind), so that the
engine tries only the places holding a mark or a line break (twice as fast)."""
_QUESTION = compile_regex(r"\?+(?=[\s\"')\]]|$)")

_COMMENT, _PLACEHOLDER, _TAG = 0, 1, 2


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


class Noqa(NamedTuple):
    """A suppression directive at ``start`` in the field: ``codes`` empty means every code.
    ``problem`` says why a directive that names codes cannot be read; it then suppresses
    nothing."""

    start: int
    codes: frozenset[str]
    problem: str | None = None


def _written_as_code(word: str) -> bool:
    return word.isupper() or any(c.isdigit() for c in word)


def _noqa_codes(rest: str) -> list[str]:
    """The codes at the start of ``rest``: the first word that looks like one (``OL302``,
    ``ol302``, ``OL3``), then each one after a comma, or after a space when it has a digit or
    is in capitals (``OL302 ACME101``); a word in lower case without a digit starts a note
    ("OL302 for all recipients", "OL302 by HR")."""
    codes: list[str] = []
    pos = 0
    while (t := _NOQA_TOKEN.match(rest, pos)) is not None:
        word = t[2]
        if codes and not t[1] and not _written_as_code(word):
            break
        codes.append(word.upper())
        pos = t.end()
    return codes


def read_noqa(start: int, comment: str) -> Noqa | None:
    """The directive in ``comment`` (at ``start``), if it holds one.

    ``noqa: OL302, OL101`` names codes (or prefixes), in any case; so does ``noqa OL302``.
    ``noqa`` alone, or followed by words that are no codes ("noqa legal approved this"),
    suppresses every code. After a colon only codes may follow: a mistyped code ("OL3O2")
    makes the directive suppress nothing, with a ``problem``, rather than more than asked.
    """
    m = NOQA.search(comment)
    if m is None:
        return None
    rest = m["rest"]
    codes = _noqa_codes(rest)
    # (without a colon, a first word in lower case is a note: "noqa ok, approved")
    if codes and (m["colon"] or (rest[:1].isspace() and _written_as_code(rest.split()[0]))):
        return Noqa(start, frozenset(codes))
    if not m["colon"]:
        return Noqa(start, frozenset())
    said = rest.strip().rstrip("#}-%*|>!").strip()
    return Noqa(
        start,
        frozenset(),
        (
            "this suppression comment names no rule code after 'noqa:'"
            if not said
            else f"this suppression comment can't be read after 'noqa:' ({said!r})"
        )
        + ": write rule codes separated by commas, e.g. 'outreach-lint: noqa: OL302, OL101'; "
        "it suppresses nothing",
    )


class Message:
    """One field of a template, scanned with the active dialects."""

    def __init__(
        self,
        field: Field,
        placeholders: Sequence[Placeholder],
        hidden: Sequence[Span],
        comments: Sequence[Comment],
        strays: Sequence[Span],
    ) -> None:
        self.field = field
        self.text = field.text
        self.placeholders = tuple(placeholders)
        self.hidden = tuple(hidden)
        self.comments = tuple(comments)
        self.strays = tuple(strays)
        self.memo: dict[Callable[..., Any], Any] = {}
        """Values that helpers computed from this message (see ``per_message``)."""

    @computed_once
    def prose(self) -> str:
        # (every character _QUOTES changes is outside ASCII, and most texts are ASCII)
        text = self.text if self.text.isascii() else self.text.translate(_QUOTES)
        if MASK in text:  # not a placeholder
            text = text.replace(MASK, " ")
        spans = sorted(
            [(s, e, False) for s, e in self.hidden]
            + [(p.start, p.end, True) for p in self.placeholders]
        )
        pieces = []
        done = 0
        for start, end, placeholder in spans:
            if start < done:  # overlapping spans (not from scan): one character at a time
                return self._prose_by_char(text)
            pieces.append(text[done:start])
            if placeholder:
                pieces.append(MASK * (end - start))
            else:  # blanked, line breaks kept
                pieces.append("\n".join(" " * len(line) for line in text[start:end].split("\n")))
            done = end
        pieces.append(text[done:])
        return "".join(pieces)

    def _prose_by_char(self, text: str) -> str:
        chars = list(text)
        for start, end in self.hidden:
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = " "
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
        parts, offsets = split_at(_SENTENCE_END, self.prose)  # [text, end, ..., text]
        starts, texts = offsets[::2], parts[::2]
        for i, end in enumerate(parts[1::2]):
            if end[0] in ".!?":  # the mark ends the text before it
                texts[i] += end[0]
        leads = map(sub, map(len, texts), map(len, map(str.lstrip, texts)))
        sizes = list(map(len, map(str.strip, texts)))
        firsts = list(map(add, starts, leads))
        lasts = list(map(add, firsts, sizes))
        if 0 in sizes:  # blank pieces (white space between two breaks) are no sentence
            return list(compress(firsts, sizes)), list(compress(lasts, sizes))
        return firsts, lasts

    @computed_once
    def questions(self) -> tuple[Span, ...]:
        prose = self.prose
        if "?" not in prose:  # most messages (finding a character is far faster than a scan)
            return ()
        return tuple(Span(*m.span()) for m in _QUESTION.finditer(prose))

    @computed_once
    def visible_length(self) -> int:
        """Characters the recipient sees, not counting placeholders, tags or comments."""
        prose = self.prose
        lo, hi = len(prose) - len(prose.lstrip()), len(prose.rstrip())
        blanked = 0
        for s, e in self.hidden:
            s, e = max(s, lo), min(e, hi)
            if e > s:
                blanked += e - s - prose.count("\n", s, e)
        return max(hi - lo - prose.count(MASK, lo, hi) - blanked, 0)

    def quote(self, start: int, end: int) -> str:
        """``text[start:end]`` as a finding quotes it: as written (placeholders, curly quotes),
        without the tags, comments and space entities it holds, its white space collapsed."""
        text, prose = self.text[start:end], self.prose[start:end]
        if self.hidden:
            text = "".join(
                " " if p == " " and not t.isspace() else t for t, p in zip(text, prose, strict=True)
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
        starts, ends = self._sentence_bounds
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < ends[i]:
            return Span(starts[i], ends[i])
        return Span(offset, offset)

    def placeholders_in(self, start: int, end: int) -> tuple[Placeholder, ...]:
        return tuple(p for p in self.placeholders if start <= p.start < end)


def split_at(pattern: re.Pattern[str], text: str) -> tuple[list[str], list[int]]:
    """``pattern.split(text)`` and the offset where each piece starts, then ``len(text)``.
    With the whole pattern in one capturing group, the pieces are [gap, match, gap, ...,
    match, gap], and the offsets of the matches come from the lengths, with no match object
    made for each."""
    parts = pattern.split(text)
    return parts, list(accumulate(map(len, parts), initial=0))


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


URL_OR_EMAIL = compile_regex(
    r"\b(?:https?://|www\.)[^\s<>\"')\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[a-z0-9-]+\.)+[a-z]{2,6}/[^\s<>\"')\]]*",
    re.IGNORECASE,
)
"""A web address or an e-mail address: not words a reader reads. A web address may come
without "https://" or "www." when a path follows its domain (``calendly.com/sam/15min``)."""
_DOMAIN_PATH = compile_regex(r"[a-z0-9-]\.[a-z]{2,6}/")


@per_message
def may_hold_address(message: Message) -> bool:
    """False when no web or e-mail address can be in the message: it has no "@", "://",
    "www." nor a domain before a "/". Most messages have none, and address patterns are slow
    (they try every word)."""
    prose = message.prose
    if "@" in prose or "://" in prose or "www." in message.folded:
        return True
    return "/" in prose and _DOMAIN_PATH.search(message.folded) is not None


@per_message
def addresses(message: Message) -> tuple[Span, ...]:
    """Spans of web and e-mail addresses (``URL_OR_EMAIL``) in ``prose``.

    Only the lines holding "@", "://", "www." or "/" are searched: an address holds no white space,
    so no match crosses a line break, and the pattern's e-mail half is costly on a long text
    (it runs along every word to look for an "@" after it). Most messages have none."""
    prose = message.prose
    return tuple(
        Span(*m.span())
        for start, end in _lines_with(prose, message.folded, ("@", "/", "www."))
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


_EMPHASIS = compile_regex(r"_(?:(?<!\w_)_{0,2}(?=[^\W_])|(?<=[^\W_]_)_{0,2}(?!\w))")
"""Underscores that open or close Markdown emphasis (``_rockstar_``, ``__ninja__``,
``___guru___``), which the
reader does not see as part of the word; not those inside a name (``first_name``). (Written
to start with "_", which the engine then looks for alone: four times faster.)"""


def scan(field: Field, dialects: Sequence[Dialect]) -> Message:
    """Find the placeholders, tags and comments of ``dialects`` in ``field``."""
    text = field.text
    markup = list(HTML_MARKUP.finditer(text)) if "<" in text else []
    if "_" in text:
        markup.extend(_EMPHASIS.finditer(text))
    if len(dialects) == 1 and "<!--" not in text and not markup:
        only = _placeholders_only(field, dialects[0])
        if only is not None:
            return _with_strays(Message(field, only, (), (), ()), dialects)
    found: list[tuple[int, int, int, re.Match[str], Dialect | None]] = []
    if "<!--" in text:
        found.extend((m.start(), _COMMENT, m.end(), m, None) for m in HTML_COMMENT.finditer(text))
    if markup:
        found.extend((m.start(), _TAG, m.end(), m, None) for m in markup)
    for d in dialects:
        if d.comment is not None:
            found.extend((m.start(), _COMMENT, m.end(), m, d) for m in d.comment.finditer(text))
        if d.tag is not None:
            found.extend((m.start(), _TAG, m.end(), m, d) for m in d.tag.finditer(text))
        found.extend((m.start(), _PLACEHOLDER, m.end(), m, d) for m in d.placeholder.finditer(text))
    found.sort(key=lambda f: (f[0], f[1], -f[2]))

    hidden: list[Span] = []
    comments: list[Comment] = []
    raw_placeholders: list[tuple[re.Match[str], Dialect]] = []
    guards: set[str] = set()
    end = 0
    for start, kind, stop, m, dialect in found:
        if start < end:
            continue
        end = stop
        if kind == _PLACEHOLDER and dialect is not None:
            raw_placeholders.append((m, dialect))
            continue
        hidden.append(Span(start, stop))
        if kind == _COMMENT:
            comments.append(Comment(start, stop, m.group(0)))
        elif "cond" in m.re.groupindex and m.group("cond"):
            guards.update(CONDITION_AND.split(m.group("cond")))

    placeholders = [_placeholder(m, d, field.name, guards) for m, d in raw_placeholders]
    return _with_strays(Message(field, placeholders, hidden, comments, ()), dialects)


def _placeholders_only(field: Field, d: Dialect) -> list[Placeholder] | None:
    """The placeholders of a field that holds no comment and no tag of ``d`` but its
    placeholders (a dialect's tag pattern may match a placeholder too: the placeholder wins),
    which is what ``scan`` finds there without sorting; ``None`` for any other field."""
    text = field.text
    if d.comment is not None and d.comment.search(text):
        return None
    matches = list(d.placeholder.finditer(text))
    if d.tag is not None:
        starts = {m.start() for m in matches}
        if any(m.start() not in starts for m in d.tag.finditer(text)):
            return None
    return [_placeholder(m, d, field.name, set()) for m in matches]


def _with_strays(message: Message, dialects: Sequence[Dialect]) -> Message:
    strays = [
        Span(*m.span())
        for d in dialects
        if d.stray is not None
        for m in d.stray.finditer(message.prose)
    ]
    if strays:
        message.strays = tuple(sorted(set(strays)))
    return message


def _placeholder(m: re.Match[str], d: Dialect, field: str, guards: set[str]) -> Placeholder:
    name = m["name"]
    if not name.isidentifier():  # "sender.first_name", "first   name": white space folded
        name = " ".join(name.split())
    fallback = m["fallback"] if "fallback" in m.re.groupindex else None
    start, end = m.span()
    # all seven fields in order: half the time of Placeholder(name=..., ...)
    return _new(Placeholder, (name, d.name, field, start, end, fallback, name in guards))


_new = tuple.__new__
