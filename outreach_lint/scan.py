"""``scan``: find in a field the placeholders, block tags and comments of the active dialects,
and the HTML and Markdown markup that is no message text, making a ``Message``."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from outreach_lint.literals import may_match
from outreach_lint.message import Comment, Message, Span
from outreach_lint.model import Dialect, Field, Placeholder, from_fields
from outreach_lint.patterns import compile_regex

CONDITION_AND = compile_regex(r"\s+and\s+(?:not\s+)?")
"""Between the variables a conditional tests together: ``{% if salutation and last_name %}``
guards both."""

BRAZE_NAME = compile_regex(r"(?:custom_attribute\.)?\$\{([^{}]*)\}")
"""A variable a Braze condition tests, as written: ``${first_name}``, ``custom_attribute.${city}``
(the placeholders it guards are named ``first_name``, ``city``)."""

HTML_COMMENT = compile_regex(r"<!--.*?-->", re.DOTALL)
HTML_ELEMENTS = (
    "a|abbr|b|bdi|bdo|big|blockquote|body|br|center|cite|code|col|dd|del|details|dfn|div|dl|dt|"
    "em|font|footer|h[1-6]|head|header|hr|html|i|img|ins|kbd|li|link|main|mark|meta|nav|ol|p|pre|q|"
    "s|samp|section|small|span|strike|strong|style|sub|summary|sup|table|tbody|td|tfoot|th|thead|"
    "title|tr|tt|u|ul|var|wbr"
)
"""HTML element names: ``<p>`` or ``<br>`` in a template is markup, not a placeholder."""
SPACE_REFERENCES = r"&(?:nbsp|ensp|emsp|thinsp|zwnj|zwj|shy|#160|#x0*a0|#8203|#x200b);"
"""The references of spaces and of invisible characters, which read as the space they show
(matched without regard to case): markup, the same width as that space."""
HTML_MARKUP = compile_regex(
    r"<(?P<block>style|head|script|title)\b[^>]*>.*?</(?P=block)\s*>"
    r"|</?(?!(?:a|img|link)\b)(?:" + HTML_ELEMENTS + r")\b[^<>{}*%|]*>"
    r"|<a\s[^<>{}*%|]*?\bhref\s*=\s*"
    r"(?:\"(?P<href>[^\"<>]*)\"|'(?P<quoted>[^'<>]*)'|(?P<bare>[^\s\"'<>`=]+))[^<>{}*%|]*>"
    r"|</?a\b[^<>{}*%|]*>|<img\b[^<>{}*%|]*>"
    r"|<!doctype\b[^<>]*>|<\?xml\b[^<>]*\?>"
    r"|" + SPACE_REFERENCES,
    re.DOTALL | re.IGNORECASE,
)
"""HTML that is no message text, in e-mail templates written as HTML: a style, head or script
block whole, a ``<!DOCTYPE>`` or XML declaration, every tag, a link's but for its address
(``href``, which may be the message's link) and the references of spaces (``&nbsp;``), which
read as the space they show (the others are decoded: ``references``). A tag holding a
placeholder's delimiters (``<td class="{{ x }}">``) stays text, but for a link's address
(``<a href="{{ calendar_link }}">``)."""
_ADDRESS = ("href", "quoted", "bare")
"""The groups of ``HTML_MARKUP`` that hold a link's address, which stays text."""

_BREAK = compile_regex(
    r"<(?:(?P<line>br|/?tr|/?dt|/?dd)|/?(?:p|div|h[1-6]|li|blockquote|table|ul|ol|pre|section|"
    r"header|footer|main|nav|hr|dl|details|summary|center|body|html))\b",
    re.IGNORECASE,
)
"""HTML tags that break the text where they stand: a new line (``<br>``, a table's row), or
a new paragraph (``<p>``, ``</div>``, a list item)."""
_SHOWN = {"line": "\n", None: "\n\n"}
"""What the prose shows at the start of each kind of ``_BREAK`` tag, as a Markdown template
would: a line break, or the blank line that ends a sentence there."""

_COMMENT, _PLACEHOLDER, _TAG = 0, 1, 2

_EMPHASIS = compile_regex(r"_(?:(?<!\w_)_{0,2}(?=[^\W_])|(?<=[^\W_]_)_{0,2}(?!\w))")
"""Underscores that open or close Markdown emphasis (``_rockstar_``, ``__ninja__``,
``___guru___``), which the
reader does not see as part of the word; not those inside a name (``first_name``). (Written
to start with "_", which the engine then looks for alone: four times faster.)"""


def scan(field: Field, dialects: Sequence[Dialect]) -> Message:
    """Find the placeholders, tags and comments of ``dialects`` in ``field``. In a field
    written as HTML (it holds a tag), character references are decoded first: the message's
    field is then another, with the text the recipient reads."""
    text = field.text
    tagged = "<" in text  # (one character is found at once, where "<!--" is a loop over the text)
    markup = list(HTML_MARKUP.finditer(text)) if tagged else []
    if markup and "&" in text and any(m.group()[0] == "<" for m in markup):
        from outreach_lint.references import decoded  # (only e-mails written as HTML)

        html = decoded(field)
        if html is not None:
            field, text = html, html.text
            markup = list(HTML_MARKUP.finditer(text))
    if "_" in text:
        markup.extend(_EMPHASIS.finditer(text))
    commented = tagged and "<!--" in text
    if len(dialects) == 1 and not commented and not markup:
        only = _placeholders_only(field, dialects[0])
        if only is not None:
            return _with_strays(Message(field, only, (), (), ()), dialects)
    found: list[tuple[int, int, int, re.Match[str], Dialect | None]] = []
    if commented:
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
    breaks: dict[int, str] = {}
    comments: list[Comment] = []
    raw_placeholders: list[tuple[re.Match[str], Dialect]] = []
    guards: set[str] = set()
    literal: list[Span] = []
    end = 0
    for start, kind, stop, m, dialect in found:
        if start < end:
            continue
        end = stop
        if kind == _PLACEHOLDER and dialect is not None:
            raw_placeholders.append((m, dialect))
            continue
        verbatim = _verbatim(m) if kind == _TAG else None
        if verbatim is not None:  # a raw block: its tags are markup, its text is the message's
            hidden.extend((Span(start, verbatim.start), Span(verbatim.end, stop)))
            literal.append(verbatim)
            continue
        address = _address(m) if kind == _TAG and dialect is None else None
        if address is not None:  # a link: its tag is markup, its address text, placeholders
            hidden.extend((Span(start, address.start), Span(address.end, stop)))
            end = address.start  # (and all: ``<a href="*|TWITTER:PROFILEURL|*">``)
            continue
        hidden.append(Span(start, stop))
        if kind == _COMMENT:
            comments.append(Comment(start, stop, m.group(0)))
        elif dialect is None:  # HTML markup (a tag, or the reference of a space)
            tag = _BREAK.match(m.group(0))
            if tag is not None:
                breaks[start] = _SHOWN[tag.lastgroup]
        elif "cond" in m.re.groupindex and m.group("cond"):
            guards.update(_tested(m.group("cond")))

    fallbacks = {d.name: "fallback" in d.placeholder.groupindex for d in dialects}
    placeholders = [
        _placeholder(m, d, field.name, guards, fallbacks[d.name]) for m, d in raw_placeholders
    ]
    message = Message(field, placeholders, hidden, comments, (), breaks)
    return _with_strays(message, dialects, literal)


def _tested(cond: str) -> list[str]:
    """The names of the variables a condition tests (its group ``cond``)."""
    names = CONDITION_AND.split(cond)
    return [BRAZE_NAME.sub(r"\1", n) for n in names] if "$" in cond else names


def _address(m: re.Match[str]) -> Span | None:
    """The address an HTML link's tag holds (``HTML_MARKUP``), ``None`` for other markup: the
    only group of its alternative that matched."""
    return Span(*m.span(m.lastgroup)) if m.lastgroup in _ADDRESS else None


def _verbatim(m: re.Match[str]) -> Span | None:
    """The text of a raw block a tag pattern matched (its group ``verbatim``), sent as written:
    ``None`` for any other tag."""
    if "verbatim" not in m.re.groupindex or m["verbatim"] is None:
        return None
    return Span(*m.span("verbatim"))


def _placeholders_only(field: Field, d: Dialect) -> list[Placeholder] | None:
    """The placeholders of a field that holds no comment and no tag of ``d`` but its
    placeholders (a dialect's tag pattern may match a placeholder too: the placeholder wins),
    which is what ``scan`` finds there without sorting; ``None`` for any other field."""
    text = field.text
    if d.comment is not None and d.comment.search(text):
        return None
    matches = list(d.placeholder.finditer(text))
    if d.tag is not None:  # no tag but where a placeholder starts (the starts read in C)
        starts = set(map(_START, matches))
        if not starts.issuperset(map(_START, d.tag.finditer(text))):
            return None
    fallbacks = "fallback" in d.placeholder.groupindex  # (once for all its matches)
    return [_placeholder(m, d, field.name, _NO_GUARDS, fallbacks) for m in matches]


def _with_strays(
    message: Message, dialects: Sequence[Dialect], literal: Sequence[Span] = ()
) -> Message:
    """``message`` with the delimiter fragments of ``dialects`` in its prose, but those in the
    ``literal`` spans (raw blocks, where braces are text)."""
    prose = message.prose
    strays: list[Span] = []
    for d in dialects:  # (a loop: most texts hold no stray, and need no list comprehension)
        if d.stray is not None and may_match(d.stray, prose):
            strays.extend(
                Span(*m.span())
                for m in d.stray.finditer(prose)
                if not any(s <= m.start() < e for s, e in literal)
            )
    if strays:
        message.strays = tuple(sorted(set(strays)))
    return message


def _placeholder(
    m: re.Match[str], d: Dialect, field: str, guards: Set[str], fallbacks: bool
) -> Placeholder:
    """The placeholder ``m`` matched; ``fallbacks``: does ``d.placeholder`` have a group
    ``fallback``?"""
    name = m["name"]
    if not name.isidentifier():  # "sender.first_name", "first   name": white space folded
        name = " ".join(name.split())
    fallback = m["fallback"] if fallbacks else None
    start, end = m.span()
    # all seven fields in order: half the time of Placeholder(name=..., ...)
    return from_fields(Placeholder, (name, d.name, field, start, end, fallback, name in guards))


_NO_GUARDS: frozenset[str] = frozenset()
"""No variable tested by a condition: a field without tags has none."""
_START = re.Match.start
"""Where a match starts, as a function: ``map`` reads the starts of many without a loop."""
