"""Character references in an e-mail written as HTML (``we&rsquo;re``, ``R&amp;D``,
``&#8212;``), read as the characters the recipient sees.

``decoded`` gives the field with them decoded, and a source map that still points at the
file: a decoded character stands where its reference starts, as a character a YAML escape
sequence gives does. Left as written: the references of spaces (``&nbsp;``), which ``scan``
reads as markup, the same width as the space they show; those of ``<`` and ``>``, which would
make text look like a tag; and anything the HTML standard does not name (``&foo;``).
"""

from __future__ import annotations

import re

from outreach_lint.memo import Kept
from outreach_lint.model import Field, from_fields
from outreach_lint.patterns import compile_regex
from outreach_lint.scan import SPACE_REFERENCES

_REFERENCE = compile_regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACE = compile_regex(SPACE_REFERENCES, re.IGNORECASE)


def _character(reference: str) -> str:
    """What ``reference`` shows; the reference itself when it is kept as written."""
    if _SPACE.fullmatch(reference):
        return reference
    from html import unescape  # (only e-mails written as HTML hold references)

    shown = unescape(reference)
    return reference if "<" in shown or ">" in shown else shown


_SHOWN = Kept(_character, 1024)
"""``_character``'s answers, by reference: a template repeats the same few."""


def decoded(field: Field) -> Field | None:
    """``field`` with its character references decoded, or ``None`` when it holds none to
    decode. For a field written as HTML: in a plain-text message, ``&amp;`` is what the
    recipient reads."""
    text = field.text
    pieces: list[str] = []
    kept: list[tuple[int, int, int]] = []  # (start, end, where the run now starts)
    done = at = 0
    for m in _REFERENCE.finditer(text):
        start, end = m.span()
        shown = _SHOWN[m.group()]
        if shown == m.group():
            continue
        pieces += (text[done:start], shown)
        kept.append((done, start, at))
        at += start - done + len(shown)
        done = end
    if not kept:
        return None
    pieces.append(text[done:])
    kept.append((done, len(text), at))
    new = "".join(pieces)
    return from_fields(Field, (field.name, new, field.source_map.rewritten(kept, len(new))))
