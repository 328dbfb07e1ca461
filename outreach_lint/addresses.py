"""Web and e-mail addresses in a message: not words a reader reads, nor wording the sender
chose (a link's slug)."""

from __future__ import annotations

import re

from outreach_lint.message import Message, Span, per_message
from outreach_lint.patterns import compile_regex

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
    # ("/" is found at once, where "://" is a loop over the text; most messages hold none)
    slash = "/" in prose
    if "@" in prose or (slash and "://" in prose) or "www." in message.folded:
        return True
    return slash and _DOMAIN_PATH.search(message.folded) is not None


@per_message
def addresses(message: Message) -> tuple[Span, ...]:
    """Spans of web and e-mail addresses (``URL_OR_EMAIL``) in ``prose``.

    Only the lines holding "@", "://", "www." or "/" are searched: an address holds no white space,
    so no match crosses a line break, and the pattern's e-mail half is costly on a long text
    (it runs along every word to look for an "@" after it). Most messages have none, and a
    message that cannot hold one (``may_hold_address``, asked by most templates' rules already)
    is not read again."""
    if not may_hold_address(message):
        return ()
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
