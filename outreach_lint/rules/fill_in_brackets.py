"""Fill-ins in square and angle brackets, for OL403: "[First Name]", "<company>", "<<first
name>>", read while the ``bracket`` or ``angle`` placeholder style (a dialect marked
``fill_in``) is off in the project; with the style on, they are placeholders.

Brackets hold other things too, so a bracket is a fill-in only when its label names a field
(``fill_in_words.names_a_field``): not a Markdown link, "[sic]" or "[1]", not a graded value
("[Band 5]", "<Ward 12>", but "[Company 2]" is a field), not a task list's box ("- [x] done"),
and not a tag that opens a subject line before a job title ("[Job] Senior Data Engineer",
which ``fill_in_tags`` tells). In a subject, a tag before a colon ("[Job]: Job Title,
Location"), which the bracket style leaves out as a Markdown link's definition, is read too.

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from outreach_lint.literals import may_match
from outreach_lint.message import Message
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.rules.fill_in_tags import a_subject_tag
from outreach_lint.rules.fill_in_words import FILL_WORDS, names_a_field

_TASK = compile_regex(r"(?m)^[ \t]*(?:[-*+]|\d+[.)])[ \t]+$")
"""What stands before a Markdown task list's box on its line (``- [x] done``)."""


def bracket_fill_ins(
    message: Message, dialect: str, placeholder: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans of the fill-ins of the style ``dialect`` (its pattern ``placeholder``, the
    label in group ``name``) in ``message`` that name a field: "[First Name]", "<company>"."""
    prose = message.prose
    return [
        m.span()
        for m in _with_a_subjects_tag(message, dialect, placeholder)
        if names_a_field(m.group("name"))
        and not _a_value(m.group("name"))
        and not _a_task_box(prose, m)
        and not (message.field.name == "subject" and a_subject_tag(prose, m, FILL_WORDS))
    ]


_TAG_BEFORE_A_COLON = compile_regex(r"\[(?P<name>[^\W\d_][\w .'’-]{0,40}?)\](?=:)")
"""A bracketed tag before a colon, which the bracket style leaves out (``[1]: https://…`` is a
Markdown link's definition), at the start of a subject: "[Job]: Job Title, Location"."""


def _with_a_subjects_tag(
    message: Message, dialect: str, placeholder: re.Pattern[str]
) -> Iterable[re.Match[str]]:
    """The fill-ins of the style ``placeholder`` in ``message``, and in a subject the
    bracketed tag that opens it before a colon ("[Job]: Job Title, Location"), which is no
    Markdown link's definition there."""
    prose = message.prose
    found = placeholder.finditer(prose) if may_match(placeholder, prose) else iter(())
    if dialect != "bracket" or message.field.name != "subject":
        return found
    tag = _TAG_BEFORE_A_COLON.match(prose, len(prose) - len(prose.lstrip(" \t")))
    return found if tag is None else [tag, *found]


_GRADED = compile_folded(
    r"(?:band|grade|level|ward|year|step|tier|stage|floor|bay|room|unit|phase|day|shift|"
    r"week|month|site|zone|wing|block|round|part|session|slot|option|clinic|theatre)\s*\d+[a-z]?"
    r"(?:\s*(?:-|\u2013|/|or|to)\s*\d+[a-z]?)?"
)
"""A graded word and its number, all of the label: a value ("[Band 5]", "<Ward 12>", "[Day 1]"),
not a field to fill in ("[Address Line 1]", "[Day 1 start time]")."""


def _a_value(label: str) -> bool:
    """Does ``label`` hold a value, a graded word's number, rather than name a field: "[Band
    5]", "[Grade 7]", "<Ward 12>" (not "[Company 2]", "[Calendar link 2]")?"""
    return any(c.isdigit() for c in label) and _GRADED.fullmatch(label.strip().lower()) is not None


def _a_task_box(prose: str, m: re.Match[str]) -> bool:
    """Is ``m`` the box of a Markdown task list item (``- [x] done``, ``- [ ] to do``)?"""
    if m.group("name").strip().lower() not in ("x", ""):
        return False
    line_start = prose.rfind("\n", 0, m.start()) + 1
    return _TASK.fullmatch(prose, line_start, m.start()) is not None
